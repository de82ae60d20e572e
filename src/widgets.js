// The recovery widgets loader: the one file a host page includes.
//
//   <script type="module" src="/widgets/widgets.js"></script>
//   <strengths-inventory></strengths-inventory>
//
// It defines the custom elements and loads one WebAssembly module, once, for every element on
// the page. Each element mounts its widget in its own shadow root. No inline script or style is
// used, so it runs under a strict Content-Security-Policy (script-src 'self' 'wasm-unsafe-eval';
// style-src 'self'; connect-src 'self' for the wasm file itself).
import init, { mountWidget } from './recovery-widgets.js';

const WIDGETS = ['strengths-inventory', 'goal-builder', 'warning-sign-planner'];
const SETTINGS = [
  'lang', 'text-from', 'storage', 'namespace', 'domains', 'crisis-lines-from',
  'kiosk', 'idle-timeout', 'idle-countdown', 'quick-exit', 'take-home-url',
];

let loading = null;
function loadBundle() {
  loading ??= init({ module_or_path: new URL('./recovery-widgets_bg.wasm', import.meta.url) });
  return loading;
}

class RecoveryWidget extends HTMLElement {
  static observedAttributes = SETTINGS;
  #mounted = null;

  connectedCallback() {
    if (!this.shadowRoot) {
      this.attachShadow({ mode: 'open' }).textContent = 'Loading…';
    }
    this.#mount();
  }

  disconnectedCallback() {
    this.#unmount();
  }

  attributeChangedCallback() {
    // Settings are read when a widget mounts: mount again to apply a change.
    if (this.#mounted) {
      this.#unmount();
      this.#mount();
    }
  }

  async #mount() {
    try {
      await loadBundle();
    } catch (error) {
      console.error('[recovery-widgets] the bundle could not load', error);
      this.shadowRoot.textContent =
        'Sorry, this tool could not load. Please check your connection and reload the page.';
      return;
    }
    if (!this.isConnected || this.#mounted) return;
    try {
      this.#mounted = mountWidget(this, this.localName);
    } catch (error) {
      console.error(`[recovery-widgets] <${this.localName}> could not start`, error);
    }
  }

  #unmount() {
    this.#mounted?.free();
    this.#mounted = null;
  }
}

for (const name of WIDGETS) {
  if (!customElements.get(name)) customElements.define(name, class extends RecoveryWidget {});
}
