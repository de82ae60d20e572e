// A host's own TypeScript, using the package's declarations (widgets.d.ts). tsc must accept
// it as it is: each @ts-expect-error line below must be an error, so types that went loose
// (`any`) fail the check too.
import 'recovery-widgets';
import type { RecoveryWidgetAttributes, RecoveryWidgetReadyDetail, RecoveryWidgetTag } from 'recovery-widgets';

const inventory: HTMLElementTagNameMap['strengths-inventory'] = document.createElement('strengths-inventory');
inventory.setAttribute('namespace', 'harbourside');
document.body.append(inventory);

inventory.addEventListener('recovery-widget-ready', (event) => {
  const detail: RecoveryWidgetReadyDetail = event.detail;
  const widget: RecoveryWidgetTag = detail.widget;
  console.log(`${widget} is ready`);
  // @ts-expect-error: the event names the widget and carries nothing a person wrote
  console.log(event.detail.words);
});

document.querySelector('goal-builder')?.addEventListener('recovery-widget-ready', (event) => {
  // @ts-expect-error: a widget's name is one of the three tags
  const other: 'survey-form' = event.detail.widget;
  console.log(other);
});

document.addEventListener('recovery-widgets-stopped', (event) => {
  const note: string = event.detail;
  console.log(note.length);
});

const settings: RecoveryWidgetAttributes = { storage: 'session', namespace: 'harbourside', kiosk: true, 'idle-timeout': '120' };
console.log(settings);
// @ts-expect-error: storage is local, session or memory
const nowhere: RecoveryWidgetAttributes = { storage: 'cloud' };
console.log(nowhere);
