// Conflicts: the same region, flow and period with figures their qualifiers cannot reconcile, side by side.
import * as api from './api.js';
import { el, clear, showEmpty, showError } from './dom.js';
import * as fmt from './format.js';
import { regionLink, documentHref } from './links.js';
import './search.js';

function figure(side, currency) {
  return el('div', { class: 'side' },
    el('div', { class: 'figure' }, fmt.qualified(side.amount, currency, side.qualifier)),
    el('blockquote', {}, side.quote ?? ''),
    el('div', { class: 'meta' },
      side.published ? `${fmt.date(side.published)} · ` : '',
      el('a', { href: documentHref(side.doc, side.start, side.end), class: 'source-link' }, side.doc)));
}

async function main() {
  const node = document.getElementById('conflicts');
  try {
    const conflicts = await api.conflicts();
    if (conflicts.length === 0) showEmpty(node, 'No conflicting figures: every report agrees within its qualifiers.');
    else clear(node).append(el('ol', { class: 'plain', id: 'conflict-rows' }, conflicts.map(c =>
      el('li', { class: 'panel' },
        el('h2', {}, regionLink(c.partner, c.partnerName), ` · ${fmt.FLOW_NAMES[c.flow] ?? c.flow} · ${fmt.period(c.period)}`),
        el('div', { class: 'conflict-pair' }, figure(c.a, c.currency), figure(c.b, c.currency))))));
  } catch (e) {
    showError(node, e);
  }
  document.body.dataset.ready = 'true';
}

main();
