// Region page: the trade series (stated points, derived points drawn differently, conflicts marked), goods by HS
// chapter, enterprises, outlets, proposals and meetings, each with links to its sources.
import * as api from './api.js';
import { el, clear, showEmpty, showError, param } from './dom.js';
import * as fmt from './format.js';
import { sourceLinks, regionLink } from './links.js';
import { makeChart, COLOURS } from './charts.js';
import './search.js';

const FLOWS = ['turnover', 'export', 'import'];

/**
 * Chart options for the full-year series, one line per (reporter, flow), in US dollars only since other currencies do
 * not share an axis with them. Series ids are "reporter|flow|stated", "…|derived" and "…|conflict"; the browser tests
 * count points by them.
 */
function tradeChartOption(trade) {
  const usd = p => (p.currency ?? 'USD') === 'USD';
  const full = trade.points.filter(p => p.kind === 'full' && usd(p));
  const implied = trade.implied.filter(p => p.kind === 'full' && usd(p));
  const years = [...new Set([...full, ...implied].map(p => Number(p.period.from.slice(0, 4))))].sort((a, b) => a - b);
  const categories = [];
  for (let y = years[0]; y <= years[years.length - 1]; y++) categories.push(String(y));
  const at = p => categories.indexOf(p.period.from.slice(0, 4));
  const reporters = [...new Set([...full, ...implied].map(p => p.reporter ?? 'BY'))].sort((a, b) => (a === 'BY' ? -1 : b === 'BY' ? 1 : a.localeCompare(b)));
  const series = [];
  for (const reporter of reporters) {
    const suffix = reporter === 'BY' ? '' : ` (${trade.reporterNames?.[reporter] ?? reporter})`;
    for (const flow of FLOWS) {
      const mine = p => p.flow === flow && (p.reporter ?? 'BY') === reporter;
      const stated = full.filter(mine);
      const derived = implied.filter(mine);
      if (stated.length === 0 && derived.length === 0) continue;
      const colour = COLOURS[flow];
      const id = `${reporter}|${flow}`;
      series.push({
        id: `${id}|stated`, name: `${fmt.FLOW_NAMES[flow]}${suffix}`, type: 'line', connectNulls: true, symbol: 'circle', symbolSize: 9,
        itemStyle: { color: colour }, lineStyle: { color: colour, width: 2, type: reporter === 'BY' ? 'solid' : 'dotted' },
        data: stated.map(p => ({ value: [at(p), p.amount], point: p })),
      });
      if (derived.length > 0)
        series.push({
          id: `${id}|derived`, name: `${fmt.FLOW_NAMES[flow]}${suffix} (derived)`, type: 'scatter', symbol: 'emptyCircle', symbolSize: 13,
          itemStyle: { color: COLOURS.derived, borderType: 'dashed', borderWidth: 2 },
          data: derived.map(p => ({ value: [at(p), p.amount], point: p, derived: true })),
        });
      // Every distinct figure of a disputed point is drawn, so the reader sees how far apart the reports are.
      const disputed = stated.filter(p => p.conflict).flatMap(p => distinctFigures(p.reports).map(r => ({ value: [at(p), r.amount], point: p, report: r })));
      if (disputed.length > 0)
        series.push({
          id: `${id}|conflict`, name: `${fmt.FLOW_NAMES[flow]}${suffix} (reports disagree)`, type: 'scatter', symbol: 'diamond', symbolSize: 14,
          itemStyle: { color: COLOURS.conflict }, z: 5, data: disputed,
        });
    }
  }
  return {
    animation: false,
    legend: { top: 0, type: 'scroll' },
    grid: { left: 8, right: 24, top: 40, bottom: 24, containLabel: true },
    tooltip: {
      trigger: 'item',
      formatter: p => {
        const d = p.data, pt = d.point;
        const amount = d.report ? fmt.qualified(d.report.amount, pt.currency, d.report.qualifier) : fmt.qualified(pt.amount, pt.currency, pt.qualifier);
        const kind = d.derived ? 'derived, not stated' : d.report ? `one of ${pt.reportCount ?? pt.reports.length} disagreeing reports` : `${pt.reportCount ?? pt.sources.length} report(s)`;
        // ECharts puts the formatter's string in the tooltip as HTML: escape everything that came from data.
        return escapeHtml(`${fmt.FLOW_NAMES[pt.flow]} ${fmt.period(pt.period)}: ${amount} (${kind})`);
      },
    },
    xAxis: { type: 'category', data: categories },
    yAxis: { type: 'value', axisLabel: { formatter: v => fmt.money(v) } },
    series,
  };
}

function distinctFigures(reports) {
  const seen = new Map();
  for (const r of reports) {
    const key = `${r.amount}|${r.qualifier}`;
    if (!seen.has(key)) seen.set(key, r);
  }
  return [...seen.values()];
}

function escapeHtml(s) {
  return String(s).replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}

function renderTrade(trade) {
  const chartNode = document.getElementById('trade-chart');
  const tableNode = document.getElementById('trade-table');
  const hasFull = trade.points.some(p => p.kind === 'full') || trade.implied.some(p => p.kind === 'full');
  if (!hasFull) {
    chartNode.hidden = true;
  } else {
    const chart = makeChart(chartNode);
    chart?.setOption(tradeChartOption(trade), true);
  }
  const rows = [...trade.points.map(p => ({ ...p, derived: false })), ...trade.implied.map(p => ({ ...p, derived: true }))]
    .sort((a, b) => a.period.from.localeCompare(b.period.from) || a.period.to.localeCompare(b.period.to) || FLOWS.indexOf(a.flow) - FLOWS.indexOf(b.flow));
  if (rows.length === 0) return showEmpty(tableNode, 'No trade figures for this region yet.');
  clear(tableNode).append(el('table', { id: 'trade-rows' },
    el('caption', { class: 'visually-hidden' }, 'Every trade figure for this region with its sources'),
    el('thead', {}, el('tr', {}, el('th', {}, 'Period'), el('th', {}, 'Flow'), el('th', { class: 'num' }, 'Value'),
      el('th', { class: 'num' }, 'Growth'), el('th', {}, 'Reporter'), el('th', {}, 'Sources'))),
    el('tbody', {}, rows.map(p => el('tr', { class: p.derived ? 'derived' : p.conflict ? 'conflict' : 'stated', dataset: { kind: p.derived ? 'derived' : 'stated' } },
      el('td', {}, fmt.period(p.period), p.kind === 'full' ? null : el('span', { class: 'badge' }, 'part of year')),
      el('td', {}, fmt.FLOW_NAMES[p.flow] ?? p.flow),
      el('td', { class: 'num' },
        p.conflict && !p.derived
          ? distinctFigures(p.reports).map((r, i) => [i ? ' / ' : '', fmt.qualified(r.amount, p.currency, r.qualifier)])
          : fmt.qualified(p.amount, p.currency, p.qualifier),
        p.derived ? el('span', { class: 'badge derived', title: p.note ?? 'implied by a stated figure and its growth rate' }, 'derived') : null,
        p.conflict && !p.derived ? el('span', { class: 'badge conflict' }, 'reports disagree') : null,
        p.derived && p.check ? el('div', { class: 'meta' }, p.check) : null),
      el('td', { class: 'num' }, fmt.growth(p.growthPct)),
      el('td', {}, p.reporter ?? 'BY'),
      el('td', {}, sourceLinks(p.sources),
        p.reportCount > p.sources.length ? el('span', { class: 'meta' }, ` +${fmt.count(p.reportCount - p.sources.length)} more`) : null))))));
}

function list(nodeId, items, empty, render) {
  const node = document.getElementById(nodeId);
  if (!items || items.length === 0) return showEmpty(node, empty);
  clear(node).append(el('ul', { class: 'plain' }, items.map(i => el('li', {}, render(i)))));
}

function renderSummary(region) {
  document.title = `${region.name} · Interregio`;
  document.getElementById('region-title').textContent = region.name;
  document.getElementById('region-subtitle').textContent = [region.code, region.nameRu].filter(Boolean).join(' · ');
  const cards = clear(document.getElementById('region-cards'));
  for (const [label, value] of [['Reports', region.documents], ['Facts', region.facts], ['Meetings', region.meetings.length], ['Enterprises', region.enterprises.length]])
    if (value !== undefined && value !== null)
      cards.append(el('div', { class: 'card' }, el('div', { class: 'value' }, fmt.count(value)), el('div', { class: 'label' }, label)));

  const chapters = region.products;
  if (!chapters.length) showEmpty(document.getElementById('products-body'), 'No goods named for this region yet.');
  else clear(document.getElementById('products-body')).append(el('table', { id: 'product-rows' },
    el('thead', {}, el('tr', {}, el('th', {}, 'HS'), el('th', {}, 'Goods'), el('th', {}, 'Flow'), el('th', {}, 'Sources'))),
    el('tbody', {}, chapters.map(c => el('tr', {},
      el('td', {}, el('strong', {}, c.chapter), el('div', { class: 'meta' }, c.headings.join(', '))),
      el('td', {}, c.names.join(', ')),
      el('td', {}, c.flows.map(f => fmt.FLOW_NAMES[f] ?? f).join(', ')),
      el('td', {}, sourceLinks(c.sources)))))));

  list('enterprises-body', region.enterprises, 'No enterprises named for this region yet.', e => [
    el('strong', {}, e.name), el('span', { class: 'badge' }, e.country), ' ', sourceLinks(e.sources)]);
  list('outlets-body', region.outlets, 'No retail outlets reported for this region yet.', o => [
    el('strong', {}, o.owner), `: ${o.qualifier && o.qualifier !== 'exact' ? `${o.qualifier} ` : ''}${fmt.count(o.count)} ${o.kind}`, ' ', sourceLinks(o.sources)]);
  list('proposals-body', region.proposals, 'No proposals reported for this region yet.', p => [
    p.topic, el('span', { class: 'badge' }, p.status), ' ', sourceLinks(p.sources)]);
  list('meetings-body', [...region.meetings].sort((a, b) => String(b.date).localeCompare(String(a.date))), 'No meetings reported for this region yet.', m => [
    el('strong', {}, fmt.date(m.date)), m.place ? ` · ${m.place}` : '',
    el('div', { class: 'meta' }, (m.participants ?? []).map(p => p.role ? `${p.name} (${p.role})` : p.name).join('; ')),
    sourceLinks(m.sources)]);
}

async function main() {
  const code = param('code');
  if (!code) {
    document.getElementById('region-title').textContent = 'No region chosen';
    showEmpty(document.getElementById('trade-table'), 'Open a region from the overview or the search box.');
    return;
  }
  await Promise.all([
    api.region(code).then(renderSummary, e => {
      document.getElementById('region-title').textContent = code;
      for (const id of ['products-body', 'enterprises-body', 'outlets-body', 'proposals-body', 'meetings-body'])
        showError(document.getElementById(id), e);
    }),
    api.trade(code).then(renderTrade, e => showError(document.getElementById('trade-table'), e)),
  ]);
  document.body.dataset.ready = 'true';
}

main();
