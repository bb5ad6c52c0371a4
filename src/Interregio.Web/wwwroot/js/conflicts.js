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

function row(c) {
  return el('li', { class: 'panel' },
    el('h2', {}, regionLink(c.partner, c.partnerName), ` · ${fmt.FLOW_NAMES[c.flow] ?? c.flow} · ${fmt.period(c.period)}`),
    el('div', { class: 'conflict-pair' }, figure(c.a, c.currency), figure(c.b, c.currency)));
}

// A fact base of a million facts holds thousands of conflicts: the page shows 50 and a button for the next 50.
async function main() {
  const node = document.getElementById('conflicts');
  try {
    const first = await api.conflicts();
    if (first.total === 0) showEmpty(node, 'No conflicting figures: every report agrees within its qualifiers.');
    else {
      const list = el('ol', { class: 'plain', id: 'conflict-rows' }, first.items.map(row));
      const status = el('p', { class: 'meta', id: 'conflict-count', role: 'status' });
      const more = el('button', { type: 'button', id: 'conflicts-more' }, 'Show more');
      let next = first.next;
      const update = () => {
        status.textContent = `${fmt.count(list.children.length)} of ${fmt.count(first.total)} conflicts`;
        more.hidden = !next;
      };
      more.addEventListener('click', async () => {
        more.disabled = true;
        try {
          const page = await api.conflicts(next);
          list.append(...page.items.map(row));
          next = page.next;
          update();
        } catch (e) {
          status.textContent = `Could not load more: ${e.message}`;
        } finally {
          more.disabled = false;
        }
      });
      update();
      clear(node).append(list, status, more);
    }
  } catch (e) {
    showError(node, e);
  }
  document.body.dataset.ready = 'true';
}

main();
