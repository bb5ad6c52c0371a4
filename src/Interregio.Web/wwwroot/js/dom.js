// Builds DOM nodes from data. Every piece of text goes in through textContent (or a text node), never through
// innerHTML: document text is untrusted and must stay inert, and the Content-Security-Policy forbids inline script.

/**
 * el('a', { href: '/x', class: 'y', dataset: { id: 3 } }, 'text', otherNode)
 * Attributes named on* are refused, so no handler can be smuggled in through data.
 */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs ?? {})) {
    if (value === undefined || value === null || value === false) continue;
    if (name.toLowerCase().startsWith('on')) throw new Error(`refusing event attribute ${name}`);
    if (name === 'class') node.className = value;
    else if (name === 'dataset') Object.assign(node.dataset, value);
    else if (name === 'text') node.textContent = String(value);
    else if (name === 'href') node.setAttribute('href', safeHref(value));
    else node.setAttribute(name, value === true ? '' : String(value));
  }
  append(node, children);
  return node;
}

export function append(node, children) {
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** Links are relative pages of this site or http(s) URLs; anything else (javascript:, data:) becomes '#'. */
export function safeHref(value) {
  const s = String(value);
  if (/^(\/|\.\/|[a-z]+\.html|\?|#)/i.test(s)) return s;
  try {
    const url = new URL(s, location.href);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : '#';
  } catch {
    return '#';
  }
}

export function clear(node) {
  node.replaceChildren();
  return node;
}

/** Replaces a container's content with a status line; role=status so screen readers hear "Loading…". */
export function showLoading(node, what = 'Loading…') {
  clear(node).append(el('p', { class: 'state loading', role: 'status', 'aria-live': 'polite' }, what));
}

export function showEmpty(node, what) {
  clear(node).append(el('p', { class: 'state empty' }, what));
}

export function showError(node, error) {
  clear(node).append(el('p', { class: 'state error', role: 'alert' }, `Could not load: ${error?.message ?? error}`));
}

export function section(title, id, ...children) {
  return el('section', { class: 'panel', 'aria-labelledby': `${id}-title`, id },
    el('h2', { id: `${id}-title` }, title), ...children);
}

export function param(name) {
  return new URLSearchParams(location.search).get(name);
}
