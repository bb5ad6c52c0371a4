// Number and period formatting for people: $152 M, $1.62 B, 1.5×, +14%, Jan–Sep 2022.

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const SYMBOLS = { USD: '$', EUR: '€', RUB: '₽', BYN: 'Br ' };

function trim(n, digits) {
  // 152.0 -> "152", 1.62 -> "1.62": a figure shows the precision it was given with, no trailing zeros.
  return Number(n.toFixed(digits)).toLocaleString('en-US', { maximumFractionDigits: digits });
}

/** 152000000 -> "$152 M"; 1620000000 -> "$1.62 B"; 48600000 -> "$48.6 M"; 950000 -> "$950 K". */
export function money(amount, currency = 'USD') {
  if (amount === null || amount === undefined || Number.isNaN(Number(amount))) return '–';
  const n = Number(amount);
  const sign = n < 0 ? '−' : '';
  const a = Math.abs(n);
  const symbol = SYMBOLS[currency] ?? `${currency} `;
  if (a >= 1e9) return `${sign}${symbol}${trim(a / 1e9, 2)} B`;
  if (a >= 1e6) return `${sign}${symbol}${trim(a / 1e6, 1)} M`;
  if (a >= 1e3) return `${sign}${symbol}${trim(a / 1e3, 0)} K`;
  return `${sign}${symbol}${trim(a, 0)}`;
}

const QUALIFIER_WORDS = { over: 'over ', under: 'under ', approx: '≈ ', exact: '' };

/** "over $100 M", "≈ $5.2 B". */
export function qualified(amount, currency, qualifier) {
  return `${QUALIFIER_WORDS[qualifier] ?? ''}${money(amount, currency)}`;
}

/** Growth in percent: 14 -> "+14%"; a rise of half or more also reads as a multiple: 50 -> "+50% (1.5×)". */
export function growth(pct) {
  if (pct === null || pct === undefined || pct === '') return '';
  const n = Number(pct);
  const percent = `${n > 0 ? '+' : n < 0 ? '−' : ''}${trim(Math.abs(n), 1)}%`;
  return n >= 50 ? `${percent} (${times(1 + n / 100)})` : percent;
}

/** Ratio as a multiple: 1.5 -> "1.5×". */
export function times(ratio) {
  return `${trim(Number(ratio), 2)}×`;
}

export function count(n) {
  return Number(n ?? 0).toLocaleString('en-US');
}

/** "2022-01".."2022-12" -> "2022"; "2022-01".."2022-09" -> "Jan–Sep 2022"; one month -> "Jan 2023". */
export function period(p) {
  if (!p) return '–';
  const from = p.from ?? p.From;
  const to = p.to ?? p.To ?? from;
  if (!from) return '–';
  const [y1, m1] = from.split('-').map(Number);
  const [y2, m2] = to.split('-').map(Number);
  if (m1 === 1 && m2 === 12) return y1 === y2 ? `${y1}` : `${y1}–${y2}`;
  if (y1 === y2 && m1 === m2) return `${MONTHS[m1 - 1]} ${y1}`;
  if (y1 === y2) return `${MONTHS[m1 - 1]}–${MONTHS[m2 - 1]} ${y1}`;
  return `${MONTHS[m1 - 1]} ${y1}–${MONTHS[m2 - 1]} ${y2}`;
}

export function date(iso) {
  if (!iso) return '–';
  const [y, m, d] = String(iso).split('-').map(Number);
  return d ? `${d} ${MONTHS[m - 1]} ${y}` : `${MONTHS[m - 1]} ${y}`;
}

export const FLOW_NAMES = { turnover: 'Turnover', export: 'Belarusian exports', import: 'Belarusian imports' };
