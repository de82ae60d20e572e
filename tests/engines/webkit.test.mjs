// The cross-engine suite in WebKitGTK, Safari's engine (tests/engines/suite.mjs).
import { crossEngineSuite } from './suite.mjs';

crossEngineSuite('webkit');
