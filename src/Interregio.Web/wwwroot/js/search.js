// The search box in every page's header: regions, enterprises and products as you type. Arrow keys move through
// the results, Enter opens one, Escape closes the list.
import * as api from './api.js';
import { el, clear } from './dom.js';
import { regionHref, documentHref } from './links.js';

const form = document.getElementById('search');
const input = document.getElementById('search-input');
const results = document.getElementById('search-results');
let generation = 0;

function close() {
  results.hidden = true;
  input.setAttribute('aria-expanded', 'false');
}

function show(q, hits) {
  // A newer answer can replace the list while a reader has arrowed into it: keep the focus on the same row.
  const focused = [...results.querySelectorAll('a')].indexOf(document.activeElement);
  clear(results);
  results.dataset.query = q;
  if (hits.length === 0) results.append(el('li', { class: 'meta' }, el('span', { class: 'state' }, 'Nothing found')));
  for (const h of hits) {
    const href = h.kind === 'region' ? regionHref(h.code) : h.partner ? regionHref(h.partner) : documentHref(h.doc, h.start, h.end);
    results.append(el('li', { role: 'option' }, el('a', { href, dataset: { kind: h.kind } }, h.label, el('span', { class: 'kind' }, h.detail ?? h.kind))));
  }
  results.hidden = false;
  input.setAttribute('aria-expanded', 'true');
  if (focused >= 0) {
    const links = results.querySelectorAll('a');
    (links[Math.min(focused, links.length - 1)] ?? input).focus();
  }
}

async function run() {
  const q = input.value.trim();
  const mine = ++generation;
  if (q.length < 2) return close();
  try {
    const hits = await api.search(q);
    if (mine === generation) show(q, hits);
  } catch {
    if (mine === generation) show(q, []);
  }
}

if (form && input && results) {
  let timer;
  input.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(run, 150); });
  form.addEventListener('submit', e => {
    e.preventDefault();
    results.querySelector('a')?.click();
  });
  form.addEventListener('keydown', e => {
    const links = [...results.querySelectorAll('a')];
    const i = links.indexOf(document.activeElement);
    if (e.key === 'ArrowDown' && links.length) { e.preventDefault(); links[Math.min(i + 1, links.length - 1)].focus(); }
    else if (e.key === 'ArrowUp' && links.length) { e.preventDefault(); (i <= 0 ? input : links[i - 1]).focus(); }
    else if (e.key === 'Escape') { close(); input.focus(); }
  });
  document.addEventListener('click', e => { if (!form.contains(e.target)) close(); });
}
