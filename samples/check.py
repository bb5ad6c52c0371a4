#!/usr/bin/env python3
"""Check the sample corpus: every article has an expected file and every expected line is a valid fact.

Usage: python3 samples/check.py [SAMPLES_DIR]

For each line of expected/*.jsonl: valid JSON, the contract's fields for its type (facts-v1),
`doc` naming an existing article, and a `quote` found verbatim in the article's visible text
(for .html: tags dropped, script/style left out, entities decoded; whitespace collapsed, as
../shared/eval/score.py does). A trade quote must also state the fact's amount. Facts that the
grader would key identically may appear only once per document. Exit 1 on any problem.
"""
import datetime
import html
import html.parser
import json
import os
import re
import sys

TYPES = {"trade", "meeting", "enterprise", "product", "outlets", "proposal", "sector"}
FLOWS = {"turnover", "export", "import"}
QUALIFIERS = {"exact", "over", "under", "approx"}
REPORTERS = {"BY", "BY-BR", "BY-HO", "BY-HR", "BY-MA", "BY-MI", "BY-VI", "BY-HM"}
REGION = re.compile(r"^RU(-[A-Z]{2,3})?$")
MONTH = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])$")
HS = re.compile(r"^\d{4}$")
SCALES = {"million": 10**6, "billion": 10**9, "bn": 10**9, "m": 10**6, "млн": 10**6, "млрд": 10**9}
MONEY = re.compile(r"(\d+(?:[.,]\d+)?)\s*(million|billion|bn|m|млн|млрд)\b")


class VisibleText(html.parser.HTMLParser):
    """Same rules as ../shared/eval/score.py: tags become spaces, script and style are dropped."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        self.skip += tag in ("script", "style")
        self.parts.append(" ")

    def handle_endtag(self, tag):
        self.skip -= tag in ("script", "style") and self.skip > 0
        self.parts.append(" ")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def squash(text):
    return re.sub(r"\s+", " ", html.unescape(text).replace("\u00a0", " ")).strip()


def visible(path):
    with open(path, encoding="utf-8") as f:
        raw = f.read()
    if path.endswith((".html", ".htm")):
        p = VisibleText()
        p.feed(raw)
        raw = "".join(p.parts)
    return squash(raw)


def amounts_in(quote):
    """Amounts the quote states, in units ("$1.62 billion" -> 1620000000, "half a billion" is not parsed)."""
    out = set()
    for num, scale in MONEY.findall(quote):
        out.add(round(float(num.replace(",", ".")) * SCALES[scale]))
    return out


def month(value, where, errors):
    m = MONTH.match(str(value))
    if not m:
        errors.append(f"{where}: month {value!r} is not YYYY-MM")
        return None
    return int(m.group(1)) * 12 + int(m.group(2))


def check_fact(f, where, errors):
    t = f.get("type")
    if t not in TYPES:
        errors.append(f"{where}: unknown type {t!r}")
        return None
    if not f.get("quote"):
        errors.append(f"{where}: no quote")
    if "optional" in f and f["optional"] is not True:
        errors.append(f"{where}: optional must be true when present")
    doc = f.get("doc")
    if t == "trade":
        if f.get("reporter") not in REPORTERS:
            errors.append(f"{where}: reporter {f.get('reporter')!r}")
        if not REGION.match(str(f.get("partner"))):
            errors.append(f"{where}: partner {f.get('partner')!r}")
        if f.get("flow") not in FLOWS:
            errors.append(f"{where}: flow {f.get('flow')!r}")
        p = f.get("period") or {}
        a, b = month(p.get("from"), where, errors), month(p.get("to"), where, errors)
        if a and b and b < a:
            errors.append(f"{where}: period ends before it starts")
        v = f.get("value") or {}
        if not isinstance(v.get("amount"), int) or v["amount"] <= 0:
            errors.append(f"{where}: amount must be a positive integer in units")
        if v.get("currency") != "USD":
            errors.append(f"{where}: currency {v.get('currency')!r}")
        if v.get("qualifier") not in QUALIFIERS:
            errors.append(f"{where}: qualifier {v.get('qualifier')!r}")
        g = f.get("growth_pct")
        if g is not None and not isinstance(g, (int, float)):
            errors.append(f"{where}: growth_pct must be a number")
        if f.get("quote") and v.get("amount") not in amounts_in(f["quote"]):
            errors.append(f"{where}: quote does not state {v.get('amount')}")
        return (t, doc, f.get("reporter"), f.get("partner"), f.get("flow"), p.get("from"), p.get("to"))
    if t == "meeting":
        try:
            datetime.date.fromisoformat(str(f.get("date")))
        except ValueError:
            errors.append(f"{where}: date {f.get('date')!r}")
        if not f.get("place"):
            errors.append(f"{where}: no place")
        if not REGION.match(str(f.get("partner"))):
            errors.append(f"{where}: partner {f.get('partner')!r}")
        ps = f.get("participants")
        if not isinstance(ps, list) or len(ps) < 2 or not all(
                isinstance(x, dict) and x.get("name") and x.get("role") for x in ps):
            errors.append(f"{where}: participants must be a list of {{name, role}}")
        return (t, doc, f.get("date"))
    if t == "enterprise":
        if not f.get("name") or not re.match(r"^[A-Z]{2}$", str(f.get("country"))):
            errors.append(f"{where}: enterprise needs name and a two-letter country")
        return (t, doc, str(f.get("name")).lower())
    if t == "product":
        hs = f.get("hs")
        if not isinstance(hs, list) or not hs or not all(isinstance(h, str) and HS.match(h) for h in hs):
            errors.append(f"{where}: hs must be a non-empty list of 4-digit strings")
        if f.get("flow") not in ("export", "import") or not f.get("name"):
            errors.append(f"{where}: product needs name and flow export/import")
        if not REGION.match(str(f.get("partner"))):
            errors.append(f"{where}: partner {f.get('partner')!r}")
        return (t, doc, str(f.get("name")).lower(), f.get("flow"))
    if t == "outlets":
        if not f.get("owner") or not isinstance(f.get("count"), int) or not f.get("kind"):
            errors.append(f"{where}: outlets need owner, integer count and kind")
        if f.get("qualifier") not in QUALIFIERS:
            errors.append(f"{where}: qualifier {f.get('qualifier')!r}")
        if not REGION.match(str(f.get("partner"))):
            errors.append(f"{where}: partner {f.get('partner')!r}")
        return (t, doc, str(f.get("owner")).lower())
    return None


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    arts, exp = os.path.join(root, "articles"), os.path.join(root, "expected")
    articles = sorted(n for n in os.listdir(arts) if not n.startswith("."))
    expected = sorted(n for n in os.listdir(exp) if n.endswith(".jsonl"))
    errors, counts = [], {}
    bases = {n.rsplit(".", 1)[0]: n for n in articles}
    for n in articles:
        if n.rsplit(".", 1)[0] + ".jsonl" not in expected:
            errors.append(f"{n}: no expected file")
    for e in expected:
        base = e[:-len(".jsonl")]
        if base not in bases:
            errors.append(f"{e}: no article")
            continue
        name = bases[base]
        text = visible(os.path.join(arts, name))
        keys = set()
        with open(os.path.join(exp, e), encoding="utf-8") as f:
            for i, line in enumerate(f, 1):
                where = f"{e}:{i}"
                if not line.strip():
                    continue
                try:
                    fact = json.loads(line)
                except json.JSONDecodeError as err:
                    errors.append(f"{where}: not JSON ({err})")
                    continue
                if not isinstance(fact, dict):
                    errors.append(f"{where}: not an object")
                    continue
                if fact.get("doc") != name:
                    errors.append(f"{where}: doc {fact.get('doc')!r} is not {name!r}")
                key = check_fact(fact, where, errors)
                if key in keys:
                    errors.append(f"{where}: the same fact twice")
                keys.add(key)
                q = squash(str(fact.get("quote") or ""))
                if q and q not in text:
                    errors.append(f"{where}: quote not found in {name}: {q[:80]}...")
                counts[fact.get("type")] = counts.get(fact.get("type"), 0) + 1
        words = len(text.split())
        if not 250 <= words <= 700:
            errors.append(f"{name}: {words} words of visible text, expected 250-700")
    for err in errors:
        print(err)
    summary = ", ".join(f"{k} {v}" for k, v in sorted(counts.items()))
    print(f"{len(articles)} articles, {len(expected)} expected files ({summary}): "
          f"{'OK' if not errors else f'{len(errors)} problem(s)'}")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
