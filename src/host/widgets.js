// The recovery widgets loader: the one file a host page includes.
//
//   <script type="module" src="/widgets/widgets.js"></script>
//   <strengths-inventory></strengths-inventory>
//
// It defines the custom elements and loads one WebAssembly module, once, for every element on
// the page. Each element mounts its widget in its own shadow root. No inline script or style is
// used, so it runs under a strict Content-Security-Policy (script-src 'self' 'wasm-unsafe-eval';
// style-src 'self'; connect-src 'self' for the wasm file itself).

// A take-home link (a QR code scanned from a kiosk) carries the person's answers in the
// address's fragment. Take it out of the address bar and this tab's history first of all,
// before the bundle loads, and give it to the bundle only.
const takeHome = takeHomeFragment();
function takeHomeFragment() {
  const fragment = location.hash;
  if (!fragment.startsWith('#rw1.')) return null;
  const address = location.href.split('#')[0];
  try {
    history.replaceState(history.state, '', address);
  } catch {
    // Replaces this history entry too (only the fragment changes, so nothing reloads).
    location.replace(`${address}#`);
  }
  return fragment;
}
// A take-home link opened in a tab already showing this page only moves to the fragment,
// without loading the page again: load it again, so the fragment is taken out as above.
addEventListener('hashchange', () => {
  if (location.hash.startsWith('#rw1.')) location.reload();
});

const WIDGETS = ['strengths-inventory', 'goal-builder', 'warning-sign-planner', 'recovery-journey'];
// While it loads, each widget keeps the room its first screen takes, so the host's page does not
// jump when it appears. A little less than the shortest first screen measured (never more: the
// page below may move down, never up), and at most one screen: what lies below a taller widget
// starts out of sight and stays there. The same heights are in src/host/host-api.json, for a
// host's own `:not(:defined)` rule (docs/hosting.md).
const LOADING_HEIGHT = {
  'strengths-inventory': 'min(75rem, 100vh)',
  'goal-builder': 'min(45rem, 100vh)',
  'warning-sign-planner': 'min(95rem, 100vh)',
  'recovery-journey': 'min(170rem, 100vh)',
};
const SETTINGS = [
  'lang', 'languages', 'text-from', 'storage', 'namespace', 'domains', 'crisis-lines-from',
  'kiosk', 'idle-timeout', 'idle-countdown', 'quick-exit', 'take-home-url', 'care-team-file',
];

// The loader's own words, shown before the bundle and its words have loaded, in each built-in
// language: copies of the catalogue's `loader.*` (crates/core/lang/*.json), which a test keeps
// the same. JSON, so that test can read it.
const LOADER_WORDS = {
  "en": {"loading": "Loading…", "couldNotLoad": "Sorry, this tool could not load. Please check your connection and reload the page.", "couldNotStart": "Sorry, this tool could not start. Please reload the page."},
  "zh-Hans": {"loading": "正在加载…", "couldNotLoad": "抱歉，这个工具没能加载。请检查网络连接，然后重新加载页面。", "couldNotStart": "抱歉，这个工具没能启动。请重新加载页面。"},
  "zh-Hant": {"loading": "正在載入…", "couldNotLoad": "抱歉，這個工具未能載入。請檢查網路連線，然後重新載入網頁。", "couldNotStart": "抱歉，這個工具未能啟動。請重新載入網頁。"},
  "ar": {"loading": "جارٍ التحميل…", "couldNotLoad": "عذرًا، لم تُحمَّل هذه الأداة. يُرجى التحقق من اتصالك بالإنترنت ثم إعادة تحميل الصفحة.", "couldNotStart": "عذرًا، لم تبدأ هذه الأداة في العمل. يُرجى إعادة تحميل الصفحة."},
  "vi": {"loading": "Đang tải…", "couldNotLoad": "Xin lỗi, công cụ này không tải được. Vui lòng kiểm tra kết nối mạng rồi tải lại trang.", "couldNotStart": "Xin lỗi, công cụ này không khởi động được. Vui lòng tải lại trang."},
  "pa": {"loading": "ਲੋਡ ਹੋ ਰਿਹਾ ਹੈ…", "couldNotLoad": "ਮਾਫ਼ ਕਰਨਾ, ਇਹ ਟੂਲ ਲੋਡ ਨਹੀਂ ਹੋ ਸਕਿਆ। ਕਿਰਪਾ ਕਰਕੇ ਆਪਣਾ ਕਨੈਕਸ਼ਨ ਦੇਖੋ ਅਤੇ ਪੰਨੇ ਨੂੰ ਦੁਬਾਰਾ ਲੋਡ ਕਰੋ।", "couldNotStart": "ਮਾਫ਼ ਕਰਨਾ, ਇਹ ਟੂਲ ਸ਼ੁਰੂ ਨਹੀਂ ਹੋ ਸਕਿਆ। ਕਿਰਪਾ ਕਰਕੇ ਪੰਨੇ ਨੂੰ ਦੁਬਾਰਾ ਲੋਡ ਕਰੋ।"},
  "es": {"loading": "Cargando…", "couldNotLoad": "Lo sentimos, esta herramienta no se pudo cargar. Revisa tu conexión y vuelve a cargar la página.", "couldNotStart": "Lo sentimos, esta herramienta no pudo empezar. Por favor, vuelve a cargar la página."}
};
// Which of them a widget's notes are in: the language the bundle will show first, from the
// element's `lang`, else the page's (languages::built_in_language in core); English otherwise.
function loaderLanguage(widget) {
  const tag = (widget.getAttribute('lang') ?? document.documentElement.lang ?? '').trim().toLowerCase().replaceAll('_', '-');
  const builtIn = Object.keys(LOADER_WORDS);
  const exact = builtIn.find((language) => language.toLowerCase() === tag);
  if (exact) return exact;
  const [language, ...rest] = tag.split('-');
  const script = rest.find((part) => part.length === 4);
  const region = rest.find((part) => part.length === 2);
  if (language === 'zh' && (script === 'hant' || (!script && ['tw', 'hk', 'mo'].includes(region)))) return 'zh-Hant';
  if (language === 'zh' && (!script || script === 'hans')) return 'zh-Hans';
  if (language === 'pa' && script === 'arab') return 'en';
  return builtIn.includes(language) ? language : 'en';
}

const WASM_INTEGRITY = ''; // the module's SHA-384 in a release (scripts/release.mjs)
const LANGUAGE_INTEGRITY = {}; // each language file's SHA-384 in a release, by tag

// The wasm module is fetched at the same time as the glue that starts it, not after it: on a
// slow connection that saves a round trip before anything shows.
let loading = null;
function loadBundle() {
  loading ??= (async () => {
    const wasm = fetch(new URL('./recovery-widgets_bg.wasm', import.meta.url), { integrity: WASM_INTEGRITY });
    // Should the glue fail first, the fetch's own failure is not reported a second time.
    wasm.catch(() => {});
    const bundle = await import('./recovery-widgets.js');
    await bundle.default({ module_or_path: wasm });
    if (takeHome) bundle.takeHomeArrived(takeHome);
    await loadLanguages(bundle, document.querySelectorAll(WIDGETS.join(',')));
    return bundle;
  })();
  return loading;
}

// Every language the page's widgets offer is fetched as the page loads, the same files for
// every visitor: which language a person then picks is never asked of the server.
const languageFiles = new Map(); // tag → its file, loading or loaded
function loadLanguages(bundle, widgets) {
  const settings = [...widgets].map((widget) =>
    `${widget.getAttribute('lang') ?? document.documentElement.lang} ${widget.getAttribute('languages') ?? ''}`);
  const tags = bundle.languageFilesFor(settings);
  for (const tag of tags) {
    if (languageFiles.has(tag)) continue;
    languageFiles.set(tag, (async () => {
      try {
        const url = new URL(`./lang/${tag}.json`, import.meta.url);
        const response = await fetch(url, { integrity: LANGUAGE_INTEGRITY[tag] ?? '' });
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        bundle.addLanguage(tag, await response.text());
      } catch (error) {
        console.warn(`[recovery-widgets] lang/${tag}.json could not load; that language is not offered`, error);
      }
    })());
  }
  return Promise.all(tags.map((tag) => languageFiles.get(tag)));
}

// Widgets are built one a task, in the order they stand on the page: the first can be shown
// and used while the next is still being built, instead of the page waiting for all of them.
const waiting = new Map(); // widget → { build, say }
const builtBefore = new WeakSet(); // widgets built once already (a restart waits behind the rest)
let building = null;
let stopped = null; // the bundle's note, once it has stopped
// A task of its own, so the page can draw and answer between builds. A message, not a timer:
// a page opened in a background tab has its timers slowed to one a second.
const nextTask = () =>
  new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
const firstOnPage = (a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_PRECEDING ? b : a);

function buildInTurn(widget, build, say) {
  if (stopped) {
    say(stopped);
    return;
  }
  waiting.set(widget, { build, say });
  building ??= buildAll();
}

async function buildAll() {
  // Every widget waiting for the bundle joins first, so the first on the page goes first. A
  // task, not a microtask: a host that restarts a widget each time it is ready cannot hold the
  // page in a loop that never lets it draw.
  await nextTask();
  while (waiting.size) {
    // Widgets never built go first, so one restarted again and again cannot hold back the rest.
    const all = [...waiting.keys()];
    const fresh = all.filter((widget) => !builtBefore.has(widget));
    const widget = (fresh.length ? fresh : all).reduce(firstOnPage);
    const { build } = waiting.get(widget);
    waiting.delete(widget);
    builtBefore.add(widget);
    build();
    if (waiting.size) await nextTask();
  }
  building = null;
}

// The bundle stopped (it panicked) and showed its note in the widgets it had built: those not
// built yet say the same, instead of starting on a stopped module.
document.addEventListener('recovery-widgets-stopped', (event) => {
  // The bundle sends its note in the person's language; this is only for a bundle that did not.
  stopped = typeof event.detail === 'string' && event.detail
    ? event.detail
    : 'Something went wrong, and this tool has stopped working. Please reload the page.';
  for (const { say } of waiting.values()) say(stopped);
  waiting.clear();
});

class RecoveryWidget extends HTMLElement {
  static observedAttributes = SETTINGS;
  #mounted = null;
  #building = false;
  #changedWhileBuilding = false;

  connectedCallback() {
    if (!this.shadowRoot) {
      this.attachShadow({ mode: 'open' });
      this.#say(this.#words.loading, LOADING_HEIGHT[this.localName]);
    } else if (stopped) {
      // Put back in the page after the bundle stopped: the bundle's own note, with the
      // person's answers, stays as it is; anything else says the bundle has stopped.
      if (!this.shadowRoot.querySelector('.rw-panic-note')) this.#say(stopped);
      return;
    }
    this.#mount();
  }

  disconnectedCallback() {
    // Once the bundle has stopped, nothing may call into it again.
    if (!stopped) this.#unmount();
  }

  attributeChangedCallback(name, before, now) {
    // Settings are read when a widget mounts: mount again to apply a change (not once the
    // bundle has stopped: its note, with the person's answers, stays). A value set again
    // unchanged is no change.
    if (before === now) return;
    if (this.#building) {
      this.#changedWhileBuilding = true;
    } else if (this.#mounted && !stopped) {
      this.#unmount();
      this.#mount();
    }
  }

  async #mount() {
    let bundle;
    try {
      bundle = await loadBundle();
    } catch (error) {
      console.error('[recovery-widgets] the bundle could not load', error);
      this.#say(this.#words.couldNotLoad);
      return;
    }
    // A widget added to the page later may offer a language the page has not loaded yet.
    await loadLanguages(bundle, [this]);
    buildInTurn(this, () => this.#build(bundle), (words) => this.#say(words));
  }

  #build(bundle) {
    if (!this.isConnected || this.#mounted) return;
    this.#building = true;
    this.#changedWhileBuilding = false;
    try {
      this.#mounted = bundle.mountWidget(this, this.localName);
    } catch (error) {
      console.error(`[recovery-widgets] <${this.localName}> could not start`, error);
      // Not a blank box: the person is told, calmly (a panic's own note, with their answers,
      // is left as it is).
      if (!stopped) this.#say(this.#words.couldNotStart);
    } finally {
      this.#building = false;
    }
    if (stopped) return;
    // The widget says it is ready (`recovery-widget-ready`) before mountWidget returns: a host
    // listener that took it out of the page, or changed a setting, is followed now.
    if (!this.isConnected) {
      this.#unmount();
    } else if (this.#changedWhileBuilding && this.#mounted) {
      this.#unmount();
      this.#mount();
    }
  }

  // The loader's words for this widget, in the language its widget will first show.
  get #words() {
    return LOADER_WORDS[loaderLanguage(this)];
  }

  // A short note in place of the widget, read out by screen readers as it changes; while
  // loading, as tall as the room the widget will take.
  #say(words, height = 'auto') {
    const note = document.createElement('p');
    note.setAttribute('role', 'status');
    // Set through the CSSOM, which a strict Content-Security-Policy allows (a style attribute
    // it would block): the note sits inside the host's box like a widget's own text.
    note.style.margin = '0';
    note.style.padding = '1rem';
    note.style.boxSizing = 'border-box';
    note.style.minHeight = height;
    note.textContent = words;
    // In the language it is written in (a panic note from the bundle is in the person's own).
    const language = loaderLanguage(this);
    if (Object.values(LOADER_WORDS[language]).includes(words)) {
      note.lang = language;
      note.dir = language === 'ar' ? 'rtl' : 'ltr';
    }
    this.shadowRoot.replaceChildren(note);
  }

  #unmount() {
    this.#mounted?.free();
    this.#mounted = null;
  }
}

for (const name of WIDGETS) {
  if (!customElements.get(name)) customElements.define(name, class extends RecoveryWidget {});
}
