#!/usr/bin/env python3
"""Compare score.py tables with .ci/thresholds. Usage: grade.py THRESHOLDS SET=SCORE_OUTPUT_FILE ..."""
import sys

def parse_scores(path):
    scores = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if len(parts) == 9 and parts[0] not in ("type",):
                try:
                    scores[parts[0]] = float(parts[8])
                except ValueError:
                    pass
            if line.startswith("overall"):
                scores["overall"] = float(line.split("F1")[1].split()[0])
    return scores

def main():
    thresholds = []
    with open(sys.argv[1], encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            if line:
                s, t, v = line.split()
                thresholds.append((s, t, float(v)))
    scores = {}
    for arg in sys.argv[2:]:
        name, path = arg.split("=", 1)
        scores[name] = parse_scores(path)
    failed = 0
    for s, t, v in thresholds:
        got = scores.get(s, {}).get(t)
        ok = got is not None and got + 1e-9 >= v
        print(f"grade {s:<6} {t:<10} F1 {('%.3f' % got) if got is not None else 'n/a':>6}  min {v:.3f}  {'ok' if ok else 'BELOW THRESHOLD'}")
        failed += not ok
    sys.exit(1 if failed else 0)

if __name__ == "__main__":
    main()
