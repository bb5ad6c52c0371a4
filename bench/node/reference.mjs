// Reference points for the Interregio end-to-end benchmark: what a user would otherwise reach for.
// Times compromise's .money() and chrono-node's parse over the generated corpus (bench/corpus/en, bench/corpus/ru),
// one document per call, reading excluded, and prints one line per library and language:
//   RESULT {"tool":..., "language":..., "documents":..., "bytes":..., "seconds":..., ...}
// The end-to-end app (bench/Interregio.Bench.EndToEnd) runs this as a child process and puts the lines in its table.
// Bench only: the Interregio library does not depend on these packages.
//
// usage: node reference.mjs --corpus DIR [--budget SECONDS] [--only compromise:en|chrono:en|chrono:ru|compromise:ru]
//   --only: one library and language per process, so each peak RSS is that library's own (the end-to-end app
//           runs the script once per pair); without it, all four run in turn and the RSS figures accumulate.
//   --budget: time limit per library and language (compromise tags every word and runs at a few MB/s);
//             the library then stops at a document boundary, and MB/s is over the documents it did.

import fs from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import nlp from 'compromise';
import * as chrono from 'chrono-node';

function arg(name, fallback) {
  const i = process.argv.indexOf(name);
  return i >= 0 && i + 1 < process.argv.length ? process.argv[i + 1] : fallback;
}

const corpus = arg('--corpus', path.join(import.meta.dirname, '..', 'corpus'));
const budgetSeconds = Number(arg('--budget', '90'));
// The same reference date for every document; the generated articles span 2018-2026.
const referenceDate = new Date(Date.UTC(2025, 5, 12));
const warmupDocuments = 100;

function files(language) {
  const dir = path.join(corpus, language);
  if (!fs.existsSync(dir)) {
    console.error(`reference: ${dir} does not exist; generate the corpus first`);
    process.exit(2);
  }
  return fs.readdirSync(dir).filter(f => f.endsWith('.txt')).sort().map(f => path.join(dir, f));
}

// Times fn(text) over the files, one call per document, until the budget runs out.
function measure(tool, language, list, fn, note) {
  for (const f of list.slice(0, warmupDocuments)) fn(fs.readFileSync(f, 'utf8'));
  let bytes = 0, documents = 0, found = 0, ns = 0n, cpuMicros = 0;
  const budgetNs = BigInt(Math.round(budgetSeconds * 1e9));
  for (const f of list) {
    const raw = fs.readFileSync(f);
    const text = raw.toString('utf8');
    const c0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    found += fn(text);
    ns += process.hrtime.bigint() - t0;
    const c = process.cpuUsage(c0);
    cpuMicros += c.user + c.system;
    bytes += raw.length;
    documents++;
    if (ns > budgetNs) break;
  }
  const covered = documents === list.length ? 'whole corpus' : `first ${documents} of ${list.length} docs (time budget ${budgetSeconds} s)`;
  const result = {
    tool,
    language,
    documents,
    bytes,
    seconds: Number(ns) / 1e9,
    // process CPU (user + system) inside the calls: the machine is shared, so wall time alone moves with the load
    cpuSeconds: cpuMicros / 1e6,
    // maxRSS is in kilobytes: the whole node process's peak, like the .NET peak working set
    peakWorkingSetBytes: process.resourceUsage().maxRSS * 1024,
    found,
    foundLabel: 'matches',
    note: `${note}; ${covered}`,
  };
  console.log('RESULT ' + JSON.stringify(result));
}

const runs = {
  // compromise is an English model; .money() needs the full tagging pass that nlp() does.
  'compromise:en': () => measure('compromise .money()', 'en', files('en'), text => nlp(text).money().out('array').length, `compromise ${nlp.version}`),
  'chrono:en': () => measure('chrono-node parse', 'en', files('en'), text => chrono.parse(text, referenceDate).length, 'chrono.parse (en)'),
  'chrono:ru': () => measure('chrono-node parse', 'ru', files('ru'), text => chrono.ru.parse(text, referenceDate).length, 'chrono.ru.parse'),
  // No Russian model exists for compromise: this shows what its tagger costs on Cyrillic text, not a result.
  'compromise:ru': () => measure('compromise .money()', 'ru', files('ru'), text => nlp(text).money().out('array').length, `compromise ${nlp.version}, English model on Russian text`),
};

const only = arg('--only', null);
if (only !== null && !(only in runs)) {
  console.error(`reference: --only is one of ${Object.keys(runs).join(', ')}`);
  process.exit(2);
}
for (const [name, run] of Object.entries(runs)) {
  if (only === null || only === name) run();
}
