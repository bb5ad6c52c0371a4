// Overview: totals, regions ranked by full-year trade (bar chart and table), growth leaders, meetings over time.
import * as api from './api.js';
import { el, clear, showLoading, showEmpty, showError } from './dom.js';
import * as fmt from './format.js';
import { regionLink, sourceLinks, regionHref } from './links.js';
import { makeChart, COLOURS } from './charts.js';
import './search.js';

const yearSelect = document.getElementById('filter-year');
const flowSelect = document.getElementById('filter-flow');

function readFilters() {
  const q = new URLSearchParams(location.search);
  if (q.get('flow')) flowSelect.value = q.get('flow');
  return { year: q.get('year') ? Number(q.get('year')) : null, flow: flowSelect.value || 'turnover' };
}

function writeFilters() {
  const q = new URLSearchParams();
  if (yearSelect.value) q.set('year', yearSelect.value);
  if (flowSelect.value !== 'turnover') q.set('flow', flowSelect.value);
  history.replaceState(null, '', q.size ? `?${q}` : location.pathname);
}

function renderTotals(totals) {
  const node = clear(document.getElementById('totals'));
  const cards = [
    ['Regions', totals.regions],
    ['Reports', totals.documents],
    ['Facts', totals.facts],
    ['Trade figures', totals.trade],
    ['Meetings', totals.meetings],
    ['Conflicts', totals.conflicts],
  ].filter(([, v]) => v !== undefined && v !== null);
  for (const [label, value] of cards)
    node.append(el('div', { class: 'card', dataset: { total: label.toLowerCase() } },
      el('div', { class: 'value' }, fmt.count(value)), el('div', { class: 'label' }, label)));
}

function renderRanking(rows, flow) {
  const chartNode = document.getElementById('ranking-chart');
  const tableNode = document.getElementById('ranking-table');
  const title = document.getElementById('ranking-title');
  title.textContent = `Regions by full-year ${flow === 'turnover' ? 'trade' : fmt.FLOW_NAMES[flow].toLowerCase()}`;
  if (rows.length === 0) {
    clear(chartNode);
    chartNode.hidden = true;
    showEmpty(tableNode, 'No full-year figures for this selection.');
    return;
  }
  chartNode.hidden = false;
  const chart = makeChart(chartNode);
  if (chart) {
    // Largest at the top: ECharts draws a category y axis bottom-up, so the order is reversed.
    const shown = rows.slice(0, 15).reverse();
    chart.setOption({
      animation: false,
      grid: { left: 8, right: 72, top: 8, bottom: 24, containLabel: true },
      tooltip: { trigger: 'item', formatter: p => `${shown[p.dataIndex].name}: ${fmt.qualified(shown[p.dataIndex].amount, shown[p.dataIndex].currency, shown[p.dataIndex].qualifier)} (${shown[p.dataIndex].year})` },
      xAxis: { type: 'value', splitNumber: 4, axisLabel: { formatter: v => fmt.money(v), hideOverlap: true } },
      yAxis: { type: 'category', data: shown.map(r => r.name), axisLabel: { width: 150, overflow: 'truncate' } },
      series: [{
        id: 'ranking', type: 'bar', data: shown.map(r => ({ value: r.amount, code: r.partner })),
        itemStyle: { color: COLOURS[flow] ?? COLOURS.turnover },
        label: { show: true, position: 'right', formatter: p => fmt.money(p.value) },
      }],
    }, true);
    chart.off('click');
    chart.on('click', p => { if (p.data?.code) location.href = regionHref(p.data.code); });
  }
  const table = el('table', { id: 'ranking-rows' },
    el('caption', { class: 'visually-hidden' }, 'Regions ranked by their latest full-year figure'),
    el('thead', {}, el('tr', {}, el('th', { class: 'num' }, '#'), el('th', {}, 'Region'), el('th', { class: 'num' }, 'Year'),
      el('th', { class: 'num' }, 'Value'), el('th', { class: 'num' }, 'Growth'), el('th', {}, 'Sources'))),
    el('tbody', {}, rows.map(r => el('tr', { dataset: { region: r.partner } },
      el('td', { class: 'num' }, r.rank),
      el('td', {}, regionLink(r.partner, r.name)),
      el('td', { class: 'num' }, r.year),
      el('td', { class: 'num' }, fmt.qualified(r.amount, r.currency, r.qualifier)),
      el('td', { class: 'num' }, fmt.growth(r.growthPct)),
      el('td', {}, sourceLinks(r.sources),
        // The API lists the first few reports of a much-reported figure; the region page has every one.
        r.sourceCount > r.sources.length ? el('a', { href: regionHref(r.partner), class: 'meta' }, `+${fmt.count(r.sourceCount - r.sources.length)} more`) : null)))));
  clear(tableNode).append(table);
}

function renderGrowth(rows) {
  const node = document.getElementById('growth-list');
  if (rows.length === 0) return showEmpty(node, 'No region has two comparable years or a stated growth rate yet.');
  clear(node).append(el('ol', { class: 'plain', id: 'growth-rows' }, rows.slice(0, 10).map(r =>
    el('li', {},
      regionLink(r.partner, r.name), ' ',
      el('strong', {}, fmt.growth(r.growthPct)),
      r.source === 'computed' ? el('span', { class: 'badge derived', title: 'computed from two stated years' }, 'computed') : null,
      el('div', { class: 'meta' }, `${r.year}: ${fmt.qualified(r.amount, r.currency, r.qualifier)} `, sourceLinks(r.sources))))));
}

function renderMeetings(meetings) {
  const listNode = document.getElementById('meetings-list');
  const chartNode = document.getElementById('meetings-chart');
  if (meetings.length === 0) {
    chartNode.hidden = true;
    return showEmpty(listNode, 'No meetings recorded yet.');
  }
  const byYear = new Map();
  for (const m of meetings) {
    const y = Number(String(m.date).slice(0, 4));
    byYear.set(y, (byYear.get(y) ?? 0) + 1);
  }
  const years = [...byYear.keys()].sort((a, b) => a - b);
  const allYears = [];
  for (let y = years[0]; y <= years[years.length - 1]; y++) allYears.push(y);
  const chart = makeChart(chartNode);
  chart?.setOption({
    animation: false,
    grid: { left: 8, right: 16, top: 16, bottom: 24, containLabel: true },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'category', data: allYears.map(String) },
    yAxis: { type: 'value', minInterval: 1 },
    series: [{ id: 'meetings', type: 'bar', name: 'Meetings', data: allYears.map(y => byYear.get(y) ?? 0), itemStyle: { color: COLOURS.turnover } }],
  }, true);
  const sorted = [...meetings].sort((a, b) => String(b.date).localeCompare(String(a.date)));
  const item = m =>
    el('li', {},
      el('span', { class: 'when' }, fmt.date(m.date)),
      m.partner ? regionLink(m.partner, m.partnerName) : null,
      m.place ? el('span', { class: 'meta' }, ` · ${m.place}`) : null,
      el('div', { class: 'meta' }, (m.participants ?? []).map(p => p.role ? `${p.name} (${p.role})` : p.name).join('; ')),
      sourceLinks(m.sources));
  // The latest few stay open; the rest fold away so the page does not become one long list.
  const recent = 6;
  clear(listNode).append(el('ol', { class: 'timeline', id: 'meeting-rows' }, sorted.slice(0, recent).map(item)));
  if (sorted.length > recent)
    listNode.append(el('details', { class: 'more' },
      el('summary', {}, `${sorted.length - recent} earlier meetings`),
      el('ol', { class: 'timeline' }, sorted.slice(recent).map(item))));
}

// Each filter change asks again; answers can arrive out of order (a flow change, then a year change at once), so
// only the answer to the latest question is drawn.
let rankingRequest = 0;

async function loadRanking() {
  const { year, flow } = { year: yearSelect.value ? Number(yearSelect.value) : null, flow: flowSelect.value };
  const request = ++rankingRequest;
  showLoading(document.getElementById('ranking-table'));
  try {
    const rows = await api.ranking({ year, flow });
    if (request === rankingRequest) renderRanking(rows, flow);
  } catch (e) {
    if (request === rankingRequest) showError(document.getElementById('ranking-table'), e);
  }
}

async function main() {
  const initial = readFilters();
  try {
    const overview = await api.overview();
    renderTotals(overview.totals);
    for (const y of overview.years) yearSelect.append(el('option', { value: y }, y));
    if (initial.year && overview.years.includes(initial.year)) yearSelect.value = String(initial.year);
  } catch (e) {
    showError(document.getElementById('totals'), e);
  }
  yearSelect.addEventListener('change', () => { writeFilters(); loadRanking(); });
  flowSelect.addEventListener('change', () => { writeFilters(); loadRanking(); });
  await Promise.all([
    loadRanking(),
    api.growthLeaders().then(renderGrowth, e => showError(document.getElementById('growth-list'), e)),
    api.meetings().then(renderMeetings, e => showError(document.getElementById('meetings-list'), e)),
  ]);
  document.body.dataset.ready = 'true';
}

main();
