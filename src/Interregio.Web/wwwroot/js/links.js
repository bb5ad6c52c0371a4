// Links between pages. A source link names the document and the offsets of the quote, so the document page can
// scroll to the highlighted fact.
import { el } from './dom.js';

export function regionHref(code) {
  return `region.html?code=${encodeURIComponent(code)}`;
}

export function documentHref(doc, start, end) {
  const q = new URLSearchParams({ id: doc });
  if (Number.isInteger(start) && Number.isInteger(end)) {
    q.set('start', String(start));
    q.set('end', String(end));
  }
  return `document.html?${q}`;
}

export function regionLink(code, name) {
  return el('a', { href: regionHref(code), class: 'region-link' }, name || code);
}

/** "source 1", "source 2"… each with the quote as its tooltip, so a reader sees the sentence before clicking. */
export function sourceLinks(sources) {
  const list = (sources ?? []).filter(s => s && s.doc);
  if (list.length === 0) return el('span', { class: 'sources meta' }, 'no source');
  return el('span', { class: 'sources' },
    list.map((s, i) => el('a', {
      href: documentHref(s.doc, s.start, s.end),
      title: s.quote ?? s.doc,
      class: 'source-link',
      dataset: { doc: s.doc },
    }, list.length === 1 ? 'source' : `source ${i + 1}`)));
}
