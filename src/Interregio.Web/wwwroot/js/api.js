// Talks to the REST API (/api/..., snake_case JSON as in the fact contract) and hands the pages plain objects in
// one shape: points with amount, qualifier and sources [{ doc, quote, start, end }], so every figure can link to the
// sentence it came from.

async function get(path) {
  const response = await fetch(path, { headers: { Accept: 'application/json' } });
  if (!response.ok) {
    let detail = `${response.status} ${response.statusText}`;
    try {
      const problem = await response.json();
      detail = problem.detail ?? problem.title ?? detail;
    } catch { /* not a problem document */ }
    throw new Error(detail);
  }
  return response.json();
}

const enc = encodeURIComponent;

/** Every page of /api/facts for a query (the demo's fact base is small; a page holds up to 500). */
async function allFacts(query) {
  const items = [];
  let cursor = null;
  for (let guard = 0; guard < 200; guard++) {
    const q = new URLSearchParams({ ...query, limit: '500' });
    if (cursor) q.set('cursor', cursor);
    const page = await get(`/api/facts?${q}`);
    for (const item of page.items) items.push({ ...item.fact, id: item.id });
    cursor = page.next_cursor;
    if (!cursor) break;
  }
  return items;
}

function sourceOf(x) {
  return { doc: x.doc, quote: x.quote, start: x.start, end: x.end, published: x.published ?? null };
}

const KIND = { full_year: 'full' };

function point(p) {
  return {
    reporter: p.reporter,
    partner: p.partner,
    flow: p.flow,
    period: p.period,
    kind: KIND[p.kind] ?? 'partial',
    currency: p.currency,
    amount: Number(p.best.amount),
    qualifier: p.best.qualifier,
    growthPct: p.best.growth_pct,
    conflict: !!p.conflict,
    reports: p.reports.map(r => ({ ...sourceOf(r), amount: Number(r.amount), qualifier: r.qualifier })),
    sources: p.reports.map(sourceOf),
    // The API lists a figure's first 5 reports; report_count says how many there are in all.
    reportCount: p.report_count ?? p.reports.length,
  };
}

const CHECKS = {
  agrees: 'agrees with the stated figure',
  disagrees: 'disagrees with the stated figure',
  not_stated: 'no stated figure to compare',
};

function implied(v) {
  return {
    reporter: v.reporter,
    partner: v.partner,
    flow: v.flow,
    period: v.period,
    kind: KIND[v.kind] ?? 'partial',
    currency: v.currency,
    amount: Number(v.amount),
    qualifier: 'approx',
    growthPct: null,
    derived: true,
    check: CHECKS[v.check] ?? v.check,
    note: `implied by ${v.growth_pct}% growth in the next period`,
    sources: [sourceOf(v.from)],
  };
}

let regionsPromise = null;
/** Regions that facts name, with counts; fetched once per page. */
export function regions() {
  regionsPromise ??= get('/api/regions');
  return regionsPromise;
}

async function regionNames() {
  const list = await regions().catch(() => []);
  return new Map(list.map(r => [r.code, r.name]));
}

export async function overview() {
  const [health, list, conflicts, dash] = await Promise.all([get('/health'), regions(), get('/api/conflicts?limit=1'), get('/api/dashboard/years')]);
  const sum = type => list.reduce((n, r) => n + (r.facts?.[type] ?? 0), 0);
  return {
    totals: {
      regions: list.filter(r => r.kind !== 'country').length,
      documents: health.documents,
      facts: health.facts,
      trade: sum('trade'),
      meetings: sum('meeting'),
      conflicts: conflicts.total,
    },
    years: dash.years,
  };
}

export async function ranking({ year, flow }) {
  const q = new URLSearchParams({ flow: flow ?? 'turnover' });
  if (year) q.set('year', String(year));
  const rows = await get(`/api/dashboard/ranking?${q}`);
  return rows.map(r => ({
    rank: r.rank, partner: r.partner, name: r.name, year: r.year, amount: Number(r.amount), currency: r.currency,
    qualifier: r.qualifier, growthPct: r.growth_pct, sources: r.sources.map(sourceOf),
    sourceCount: r.source_count ?? r.sources.length,
  }));
}

export async function growthLeaders() {
  const rankings = await get('/api/rankings');
  return rankings.growth.map(r => ({
    rank: r.rank, partner: r.partner, name: r.name, year: r.year, growthPct: Number(r.growth_pct), source: r.source,
    amount: Number(r.amount), currency: rankings.currency, qualifier: null, sources: [{ doc: r.doc }],
  }));
}

function meeting(f, names) {
  return {
    date: f.date, partner: f.partner, partnerName: names?.get(f.partner), place: f.place,
    participants: f.participants ?? [], sources: [sourceOf(f)],
  };
}

export async function meetings() {
  const [facts, names] = await Promise.all([allFacts({ type: 'meeting' }), regionNames()]);
  // Two reports of one visit are one meeting: same date and partner; every report stays a source.
  const byKey = new Map();
  for (const f of facts) {
    const key = `${f.date}|${f.partner}`;
    const m = byKey.get(key);
    if (m) m.sources.push(sourceOf(f));
    else byKey.set(key, meeting(f, names));
  }
  return [...byKey.values()];
}

function groupBy(items, keyOf) {
  const map = new Map();
  for (const item of items) {
    const key = keyOf(item);
    if (!map.has(key)) map.set(key, []);
    map.get(key).push(item);
  }
  return map;
}

export async function region(code) {
  const [summary, facts] = await Promise.all([get(`/api/regions/${enc(code)}`), allFacts({ partner: code })]);
  const of = type => facts.filter(f => f.type === type);
  // Goods by HS chapter, built from the facts themselves so every chapter links to the sentences naming its goods.
  const chapters = [];
  const byChapter = groupBy(of('product').flatMap(p => (p.hs ?? []).map(h => ({ p, h }))), x => x.h.slice(0, 2));
  for (const [chapter, list] of [...byChapter].sort(([a], [b]) => a.localeCompare(b)))
    chapters.push({
      chapter,
      headings: [...new Set(list.map(x => x.h))].sort(),
      names: [...new Set(list.map(x => x.p.name))].sort((a, b) => a.localeCompare(b)),
      flows: [...new Set(list.map(x => x.p.flow))],
      sources: dedupeSources(list.map(x => sourceOf(x.p))),
    });
  const unclassified = of('product').filter(p => !p.hs?.length);
  if (unclassified.length)
    chapters.push({ chapter: '–', headings: ['no HS heading'], names: [...new Set(unclassified.map(p => p.name))], flows: [...new Set(unclassified.map(p => p.flow))], sources: dedupeSources(unclassified.map(sourceOf)) });
  const enterprises = [...groupBy(of('enterprise'), e => (e.id_canonical ?? e.canonical_id ?? e.name).toLowerCase()).values()]
    .map(list => ({ name: list[0].name, country: list[0].country, sources: dedupeSources(list.map(sourceOf)) }))
    .sort((a, b) => b.sources.length - a.sources.length || a.name.localeCompare(b.name));
  const outlets = of('outlets').map(o => ({ owner: o.owner, count: o.count, qualifier: o.qualifier, kind: o.kind, sources: [sourceOf(o)] }));
  const proposals = of('proposal').map(p => ({ topic: p.topic, status: p.status, sources: [sourceOf(p)] }));
  const meetingList = [...groupBy(of('meeting'), m => m.date).values()].map(list => ({ ...meeting(list[0]), sources: dedupeSources(list.map(sourceOf)) }));
  return {
    code: summary.code, name: summary.name, nameRu: summary.name_ru,
    documents: new Set(facts.map(f => f.doc)).size, facts: summary.total_facts,
    products: chapters, enterprises, outlets, proposals, meetings: meetingList,
  };
}

function dedupeSources(sources) {
  const seen = new Set();
  return sources.filter(s => {
    const key = `${s.doc}|${s.start}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export async function trade(code) {
  const t = await get(`/api/regions/${enc(code)}/trade`);
  const names = await regionNames();
  return {
    points: [...t.full_years, ...t.partial_periods].map(point),
    implied: t.implied.map(implied),
    reporterNames: Object.fromEntries([...names]),
  };
}

export async function document(id) {
  const [d, layout] = await Promise.all([
    get(`/api/documents/${enc(id)}`),
    get(`/api/dashboard/documents/${enc(id)}/paragraphs`).catch(() => ({ removed: [] })),
  ]);
  const names = await regionNames();
  return {
    id: d.name, title: d.title, published: d.reference_date, language: d.language, text: d.text,
    facts: d.facts.map(f => ({ ...f, partnerName: names.get(f.partner) })),
    removed: layout.removed ?? [],
  };
}

/** One page of /api/conflicts (largest difference first): items, the total and the cursor of the next page. */
export async function conflicts(cursor = null) {
  const q = new URLSearchParams({ limit: '50' });
  if (cursor) q.set('cursor', cursor);
  const page = await get(`/api/conflicts?${q}`);
  const side = s => ({ amount: Number(s.amount), qualifier: s.qualifier, quote: s.quote, doc: s.doc, start: s.reports?.[0]?.start, end: s.reports?.[0]?.end, published: s.reports?.[0]?.published });
  return {
    items: page.items.map(c => ({
      partner: c.partner, partnerName: c.partner_name, reporter: c.reporter, flow: c.flow, period: c.period, currency: c.currency,
      differencePct: c.difference_pct, a: side(c.first), b: side(c.second),
    })),
    total: page.total,
    next: page.next_cursor ?? null,
  };
}

/** Regions by name or code, enterprises and products by name: the search box's hits. */
export async function search(text) {
  const q = text.trim().toLowerCase();
  const [list, enterprises, products] = await Promise.all([
    regions(),
    allFactsLimited({ type: 'enterprise', q: text }),
    allFactsLimited({ type: 'product', q: text }),
  ]);
  const hits = list
    .filter(r => r.code.toLowerCase().includes(q) || r.name.toLowerCase().includes(q) || (r.name_ru ?? '').toLowerCase().includes(q))
    .slice(0, 8)
    .map(r => ({ kind: 'region', code: r.code, label: r.name, detail: r.code }));
  const seen = new Set();
  for (const f of [...enterprises, ...products]) {
    if (!f.name || !f.name.toLowerCase().includes(q)) continue;
    const key = `${f.type}|${f.name.toLowerCase()}|${f.partner}`;
    if (seen.has(key)) continue;
    seen.add(key);
    hits.push({ kind: f.type, partner: f.partner, doc: f.doc, start: f.start, end: f.end, label: f.name, detail: `${f.type}${f.partner ? ` · ${f.partner}` : ''}` });
  }
  return hits.slice(0, 20);
}

async function allFactsLimited(query) {
  const page = await get(`/api/facts?${new URLSearchParams({ ...query, limit: '50' })}`);
  return page.items.map(i => ({ ...i.fact, id: i.id }));
}
