// The demo page ('/', www/index.html) as a host would serve it with other settings: the
// attributes given are written into the widgets' tags before the page reaches the browser, as
// if the host had written them there. Installed on a page or a whole browser context (so a new
// tab gets the same page).

export const WIDGET_TAGS = ['strengths-inventory', 'goal-builder', 'warning-sign-planner', 'recovery-journey'];

const quoted = (value) => value.replaceAll('&', '&amp;').replaceAll('"', '&quot;');

/** Serves '/' (or `path`) with `attributes` (name → value) on each widget named in `tags`. */
export async function serveDemoWith(target, attributes, tags = WIDGET_TAGS, path = '/') {
  const written = Object.entries(attributes)
    .map(([name, value]) => `${name}="${quoted(value)}"`)
    .join(' ');
  const tag = new RegExp(`<(${tags.join('|')}) `, 'g');
  await target.route(path, async (route) => {
    const response = await route.fetch();
    const page = await response.text();
    const body = page.replace(tag, `<$1 ${written} `);
    if (body === page) throw new Error(`no ${tags.join(', ')} tag on the demo page`);
    await route.fulfill({ response, body });
  });
}
