#!/usr/bin/env python3
"""Merge the annotators' batch files into the gold fixtures and measure inter-annotator agreement.

Usage: scripts/gold/merge.py --work DIR [--fixtures Tests/AccordExtractionTests/Fixtures] [--adjudicated FILE]

DIR holds selection.jsonl and batch-NN.jsonl from select.py and out/batch-NN.jsonl from the
annotators. Writes, under the fixtures folder:
  gold-e.jsonl          the development part (both eras), one line per article
  sealed/gold-s1.jsonl  the sealed part (--sealed-out): scored once when a batch of work is finished, then read
  double/annotator-a.jsonl, double/annotator-b.jsonl   both annotations of the double-annotated articles
For a double-annotated article the gold line is the adjudicated one when --adjudicated has it (a
JSONL file of settled lines), else the first annotator's. Prints Cohen's kappa for isAgreementNews
and the agreements F1 between the two annotators (the scorer's rule: within an article every entry
of one side can pair with one of the other).
"""
import argparse, glob, json, os, sys

FIELDS = ["path", "newsId", "published", "isAgreementNews", "agreements"]


def clean(rec):
    out = {k: rec.get(k) for k in FIELDS}
    out["agreements"] = rec.get("agreements") or [] if rec.get("isAgreementNews") else []
    return out


def kappa(pairs):
    n = len(pairs)
    if n == 0:
        return float("nan")
    po = sum(a == b for a, b in pairs) / n
    pa = sum(a for a, _ in pairs) / n
    pb = sum(b for _, b in pairs) / n
    pe = pa * pb + (1 - pa) * (1 - pb)
    return (po - pe) / (1 - pe) if pe < 1 else 1.0


def agreement_f1(pairs):
    matched = total_a = total_b = 0
    same_kind = same_event = 0
    for a, b in pairs:
        ga = a["agreements"] if a["isAgreementNews"] else []
        gb = b["agreements"] if b["isAgreementNews"] else []
        total_a += len(ga); total_b += len(gb)
        m = min(len(ga), len(gb))
        matched += m
        # Pair entries greedily by counterparts overlap, kind, event (the scorer's key order).
        used = set()
        for x in ga:
            best, key = None, None
            for j, y in enumerate(gb):
                if j in used:
                    continue
                ca, cb = set(x.get("counterparts") or []), set(y.get("counterparts") or [])
                jac = 1.0 if not ca and not cb else len(ca & cb) / len(ca | cb)
                k = (jac, x["instrument"] == y["instrument"], x["event"] == y["event"])
                if key is None or k > key:
                    best, key = j, k
            if best is not None:
                used.add(best)
                same_kind += key[1]; same_event += key[2]
    f1 = 2 * matched / (total_a + total_b) if total_a + total_b else 1.0
    return f1, matched, total_a, total_b, same_kind, same_event


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--work", required=True)
    ap.add_argument("--fixtures", default="Tests/AccordExtractionTests/Fixtures")
    ap.add_argument("--adjudicated")
    ap.add_argument("--dev-out", default="gold-e.jsonl", help="development part, under the fixtures folder")
    ap.add_argument("--sealed-out", default="sealed/gold-s1.jsonl", help="sealed part, under the fixtures folder")
    args = ap.parse_args()
    selection = [json.loads(l) for l in open(os.path.join(args.work, "selection.jsonl"), encoding="utf-8")]
    by_path = {}
    for f in sorted(glob.glob(os.path.join(args.work, "out", "batch-*.jsonl"))):
        batch = os.path.basename(f)
        for n, line in enumerate(open(f, encoding="utf-8"), 1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as e:
                print(f"{f}:{n}: invalid JSON ({e}); line skipped", file=sys.stderr)
                continue
            by_path.setdefault(rec["path"], []).append((batch, clean(rec)))
    settled = {}
    if args.adjudicated:
        for line in open(args.adjudicated, encoding="utf-8"):
            if line.strip():
                rec = json.loads(line)
                settled[rec["path"]] = clean(rec)
    parts = {"dev": [], "sealed": []}
    double_a, double_b, missing = [], [], []
    for row in selection:
        recs = by_path.get(row["path"], [])
        if not recs:
            missing.append(row["path"])
            continue
        if len(recs) >= 2:
            double_a.append(recs[0][1]); double_b.append(recs[1][1])
        rec = settled.get(row["path"], recs[0][1])
        parts[row["part"]].append(rec)
    fx = args.fixtures
    os.makedirs(os.path.join(fx, "sealed"), exist_ok=True)
    os.makedirs(os.path.join(fx, "double"), exist_ok=True)
    def write(path, recs):
        with open(path, "w", encoding="utf-8") as f:
            for r in recs:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    # Only the parts this selection has are written, so a later sealed set leaves the others alone.
    if parts["dev"]:
        write(os.path.join(fx, args.dev_out), parts["dev"])
    if parts["sealed"]:
        write(os.path.join(fx, args.sealed_out), parts["sealed"])
    if double_a:
        write(os.path.join(fx, "double", "annotator-a.jsonl"), double_a)
        write(os.path.join(fx, "double", "annotator-b.jsonl"), double_b)
    pairs = list(zip(double_a, double_b))
    print(f"dev part: {len(parts['dev'])} articles; sealed part: {len(parts['sealed'])} articles; missing: {len(missing)}")
    if not pairs:
        return
    k = kappa([(a["isAgreementNews"], b["isAgreementNews"]) for a, b in pairs])
    f1, m, ta, tb, sk, se = agreement_f1(pairs)
    for p in missing:
        print(f"  not annotated: {p}", file=sys.stderr)
    print(f"double-annotated: {len(pairs)} articles; isAgreementNews kappa {k:.3f} "
          f"(agree on {sum(a['isAgreementNews'] == b['isAgreementNews'] for a, b in pairs)}); "
          f"agreements F1 {f1:.3f} ({ta} vs {tb} entries, {m} paired; same kind {sk}, same event {se})")


if __name__ == "__main__":
    main()
