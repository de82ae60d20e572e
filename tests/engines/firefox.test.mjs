// The cross-engine suite in Firefox ESR (tests/engines/suite.mjs).
import { crossEngineSuite } from './suite.mjs';

crossEngineSuite('firefox');
