// Document page: the cleaned article text with every fact highlighted at its offsets, a side list of the facts, and
// the repeated paragraphs that cleaning removed shown folded. The text is untrusted: it is only ever placed in text
// nodes (textContent), so markup in an article stays visible characters and never runs.
import * as api from './api.js';
import { el, clear, showEmpty, showError, param } from './dom.js';
import * as fmt from './format.js';
import { regionLink } from './links.js';
import './search.js';

/** One line describing a fact for the side list. */
export function describe(f) {
  switch (f.type) {
    case 'trade': return `${fmt.FLOW_NAMES[f.flow] ?? f.flow} ${fmt.period(f.period)}: ${fmt.qualified(f.value?.amount, f.value?.currency, f.value?.qualifier)}${f.growth_pct != null ? `, ${fmt.growth(f.growth_pct)}` : ''}`;
    case 'meeting': return `Meeting on ${fmt.date(f.date)}${f.place ? ` in ${f.place}` : ''}: ${(f.participants ?? []).map(p => p.name).join(', ')}`;
    case 'enterprise': return `${f.name} (${f.country})`;
    case 'product': return `${f.name}${f.hs?.length ? ` (HS ${f.hs.join(', ')})` : ''}, ${f.flow}`;
    case 'outlets': return `${f.owner}: ${f.qualifier && f.qualifier !== 'exact' ? `${f.qualifier} ` : ''}${f.count} ${f.kind}`;
    case 'proposal': return `${f.topic} (${f.status})`;
    case 'sector': return f.name;
    case 'target': return `Target ${fmt.money(f.value?.amount, f.value?.currency)}${f.by_year ? ` by ${f.by_year}` : ''}`;
    default: return f.type;
  }
}

/**
 * Cuts [from, to) of the text into pieces at every fact boundary, so overlapping facts (two facts from one
 * sentence) share marks: each piece lists the facts that cover it.
 */
function pieces(text, facts, from, to) {
  const cuts = new Set([from, to]);
  for (const f of facts) {
    if (f.start > from && f.start < to) cuts.add(f.start);
    if (f.end > from && f.end < to) cuts.add(f.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i], b = points[i + 1];
    const covering = facts.filter(f => f.start <= a && f.end >= b);
    out.push({ start: a, end: b, text: text.slice(a, b), facts: covering });
  }
  return out;
}

function renderRange(container, text, facts, from, to) {
  for (const piece of pieces(text, facts, from, to)) {
    if (piece.facts.length === 0) {
      container.append(document.createTextNode(piece.text));
      continue;
    }
    const mark = el('mark', {
      dataset: { facts: piece.facts.map(f => f.index).join(' '), start: piece.start, end: piece.end },
      title: piece.facts.map(describe).join('\n'),
    });
    mark.textContent = piece.text;
    container.append(mark);
  }
}

/**
 * The removed stretches in text order, neighbours of the same kind joined into one fold: a list of five "other
 * headlines" is one folded block, not five, when only blank space lies between them.
 */
function foldable(text, removed) {
  const sorted = [...(removed ?? [])].filter(r => r.start < r.end).sort((a, b) => a.start - b.start);
  const out = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && last.status === r.status && r.start >= last.end && text.slice(last.end, r.start).trim() === '') {
      last.end = r.end;
      if (!last.reasons.includes(r.reason)) last.reasons.push(r.reason);
    } else {
      out.push({ start: r.start, end: r.end, status: r.status ?? 'repeated', reasons: [r.reason ?? 'repeated paragraph'] });
    }
  }
  return out;
}

function summaryOf(r) {
  return r.status === 'furniture'
    ? `Page furniture removed: ${r.reasons.join(', ')}`
    : r.reasons.length === 1 && r.reasons[0] !== 'repeated paragraph' ? `Repeated paragraph removed (${r.reasons[0]})` : 'Repeated paragraph removed';
}

function renderArticle(doc) {
  const node = clear(document.getElementById('article'));
  const text = doc.text ?? '';
  if (!text) return showEmpty(node, 'This document has no text.');
  const valid = doc.facts.filter(f => Number.isInteger(f.start) && Number.isInteger(f.end) && f.start >= 0 && f.end <= text.length && f.start < f.end);
  // Removed stretches (repeated paragraphs, page furniture) fold into <details>; the rest is the cleaned text.
  let at = 0;
  for (const r of foldable(text, doc.removed)) {
    if (r.start < at) continue;
    renderRange(node, text, valid, at, r.start);
    const body = el('div');
    body.textContent = text.slice(r.start, r.end);
    node.append(el('details', { class: 'removed', dataset: { start: r.start, end: r.end, status: r.status } },
      el('summary', {}, `${summaryOf(r)} (${fmt.count(r.end - r.start)} characters)`), body));
    at = r.end;
  }
  renderRange(node, text, valid, at, text.length);
}

function activate(index, scroll) {
  document.querySelectorAll('mark.active, .fact-list button.active').forEach(n => n.classList.remove('active'));
  const marks = [...document.querySelectorAll('#article mark')].filter(m => m.dataset.facts.split(' ').includes(String(index)));
  marks.forEach(m => m.classList.add('active'));
  const button = document.querySelector(`.fact-list button[data-index="${index}"]`);
  button?.classList.add('active');
  if (scroll && marks[0]) marks[0].scrollIntoView({ block: 'center', behavior: 'instant' });
}

function renderFacts(doc) {
  const node = document.getElementById('facts');
  if (doc.facts.length === 0) return showEmpty(node, 'No facts were read from this document.');
  const items = doc.facts.map(f => el('li', {},
    el('button', { type: 'button', dataset: { index: f.index, start: f.start, end: f.end, type: f.type } },
      el('span', { class: 'fact-type' }, f.type),
      describe(f)),
    f.partner ? el('div', { class: 'meta' }, regionLink(f.partner, f.partnerName)) : null));
  clear(node).append(el('ol', { class: 'plain', id: 'fact-rows' }, items));
  node.addEventListener('click', e => {
    const button = e.target.closest('button[data-index]');
    if (button) activate(Number(button.dataset.index), true);
  });
  document.getElementById('article').addEventListener('click', e => {
    const mark = e.target.closest('mark[data-facts]');
    if (!mark) return;
    const first = Number(mark.dataset.facts.split(' ')[0]);
    activate(first, false);
    document.querySelector(`.fact-list button[data-index="${first}"]`)?.scrollIntoView({ block: 'nearest' });
  });
}

async function main() {
  const id = param('id');
  if (!id) {
    document.getElementById('doc-title').textContent = 'No document chosen';
    showEmpty(document.getElementById('article'), 'Open a document from a source link.');
    showEmpty(document.getElementById('facts'), 'No document.');
    return;
  }
  try {
    const doc = await api.document(id);
    doc.facts.forEach((f, i) => { f.index = i; });
    document.getElementById('doc-title').textContent = doc.title || doc.id;
    document.title = `${doc.title || doc.id} · Interregio`;
    document.getElementById('doc-subtitle').textContent =
      [doc.id, doc.published ? fmt.date(doc.published) : null, doc.language, `${doc.facts.length} facts`].filter(Boolean).join(' · ');
    renderArticle(doc);
    renderFacts(doc);
    const start = Number(param('start')), end = Number(param('end'));
    const wanted = doc.facts.find(f => f.start === start && f.end === end);
    if (wanted) activate(wanted.index, true);
  } catch (e) {
    document.getElementById('doc-title').textContent = id;
    showError(document.getElementById('article'), e);
    clear(document.getElementById('facts'));
  }
  document.body.dataset.ready = 'true';
}

main();
