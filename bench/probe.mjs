// What the benchmark adds to each page before any of the page's own scripts run (Playwright
// init scripts). These functions are serialised and run in the browser, so they use nothing
// from this module's scope.

/**
 * Installs the page's timing probes on `window.__bench`. `recordKey` is the localStorage key
 * whose writes count as "saved". All times are `performance.now()`, i.e. milliseconds since
 * navigation start.
 */
export function installProbes(recordKey) {
  const bench = (window.__bench = {
    ready: null, // when the first enabled text box appeared
    keys: [], // keydown events
    clicks: [], // click events
    saves: [], // writes of recordKey: when setItem returned
    frames: [], // the first animation frame after each save
    blobs: [], // URL.createObjectURL calls (a download being made)
    changes: [], // change events inside open shadow roots (a file chosen)
    preview: null, // when an import preview (.rw-preview) appeared
    wasmMemory: null, // the module's WebAssembly.Memory, once instantiated
    started: null, // when the wasm module was instantiated (ours only)
    // A promise for the next animation frame after a save (resolved at once if there was one
    // since the last reset): lets the runner wait without polling in the page, which would
    // show up in CPU profiles.
    nextFrame: () => (bench.frames.length ? Promise.resolve() : new Promise((r) => waiters.push(r))),
  });
  const waiters = [];

  // Layout shift (CLS): every shift not caused by the person, summed, as the browser reports
  // it (the host's page moving while the widgets load).
  bench.layoutShift = 0;
  new PerformanceObserver((list) => {
    for (const shift of list.getEntries()) if (!shift.hadRecentInput) bench.layoutShift += shift.value;
  }).observe({ type: 'layout-shift', buffered: true });

  // Ready for input: the first enabled text box, in the document or in any open shadow root.
  // MutationObserver callbacks run as microtasks right after the DOM changes, so this is
  // precise to the task that added the box.
  const TEXT_BOX = 'textarea:not([disabled]), input:not([disabled]):not([type]), input[type=text]:not([disabled])';
  const roots = [];
  const check = () => {
    if (bench.ready !== null) return;
    if (roots.some((root) => root.querySelector(TEXT_BOX))) bench.ready = performance.now();
  };
  const observe = (root) => {
    roots.push(root);
    new MutationObserver(check).observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ['disabled'] });
  };
  observe(document);
  const attachShadow = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attachShadow.call(this, init);
    if (init?.mode === 'open') {
      observe(root);
      // `change` is not composed: it never leaves the shadow root, so listen inside it.
      root.addEventListener('change', () => bench.changes.push(performance.now()), true);
      new MutationObserver(() => {
        if (bench.preview === null && root.querySelector('.rw-preview')) bench.preview = performance.now();
      }).observe(root, { childList: true, subtree: true });
    }
    return root;
  };

  // keydown and click are composed: a capturing listener on window sees them first, even when
  // their target is inside a shadow root (retargeted to the host element).
  window.addEventListener('keydown', () => bench.keys.push(performance.now()), true);
  window.addEventListener('click', (e) => e.isTrusted && bench.clicks.push(performance.now()), true);

  // Saved: the moment localStorage.setItem(recordKey, ...) returns. Then the next animation
  // frame, which comes after the work the save set off (re-rendering) has finished.
  const setItem = Storage.prototype.setItem;
  Storage.prototype.setItem = function (key, value) {
    const result = setItem.call(this, key, value);
    if (key === recordKey && this === window.localStorage) {
      bench.saves.push(performance.now());
      requestAnimationFrame(() => {
        bench.frames.push(performance.now());
        waiters.splice(0).forEach((resolve) => resolve());
      });
    }
    return result;
  };

  // A download's file is ready when its blob: URL is made.
  const createObjectURL = URL.createObjectURL;
  URL.createObjectURL = function (blob) {
    bench.blobs.push(performance.now());
    return createObjectURL.call(this, blob);
  };

  // wasm memory: keep the instance's exported memory when the module is instantiated. Both
  // forms return { instance } when given bytes or a response, and an Instance given a Module.
  const keepMemory = (result) => {
    const instance = result instanceof WebAssembly.Instance ? result : result?.instance;
    const memory = instance && Object.values(instance.exports).find((e) => e instanceof WebAssembly.Memory);
    if (memory) bench.wasmMemory = memory;
    bench.started ??= performance.now();
    return result;
  };
  const instantiate = WebAssembly.instantiate;
  WebAssembly.instantiate = function (...args) {
    return instantiate.apply(this, args).then(keepMemory);
  };
  const instantiateStreaming = WebAssembly.instantiateStreaming;
  if (instantiateStreaming) {
    WebAssembly.instantiateStreaming = function (...args) {
      return instantiateStreaming.apply(this, args).then(keepMemory);
    };
  }
}

/** Puts `value` in localStorage under `key` before the page loads (once per context). */
export function seedStorage({ key, value }) {
  if (!sessionStorage.getItem('__bench_seeded')) {
    localStorage.setItem(key, value);
    sessionStorage.setItem('__bench_seeded', '1');
  }
}
