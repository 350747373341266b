#!/usr/bin/env python3
"""Select articles for blind gold annotation from both dev corpora, reproducibly.

Usage: scripts/gold/select.py --dev /tmp/corpus --v2 /tmp/corpus-v2 --out DIR [--seed 20261207]

Writes DIR/selection.jsonl (one object per selected article: part, corpus, stratum, corpus-relative
path, newsId, published, chars, double) and DIR/batch-NN.jsonl (the helpers' work lists; the double-annotated articles
appear in two different batches). Articles already in the gold fixtures and the five seeds are left
out; an article that appears twice (same news id under two categories) counts once.

Strata, per corpus (quotas in QUOTAS):
  keyword  an instrument word (MOU, บันทึกความเข้าใจ, ความตกลง, ปฏิญญา, แถลงการณ์ร่วม …) in the text
  cabinet  a cabinet-meeting summary that contains an instrument word
  loose    "ความร่วมมือ" but no instrument word (hard negatives and loosely worded positives)
  random   any other article
A seeded shuffle decides the order; one in three selected articles goes to the sealed part, and one
in ten is annotated twice (by two different helpers) to measure agreement.
"""
import argparse, hashlib, json, os, random, re, sys

INSTRUMENT = re.compile(r"บันทึกความเข้าใจ|บันทึกความร่วมมือ|บันทึกข้อตกลง|ความตกลง|ข้อตกลง|MOU|MoU|MOC|MoC|MOA|"
                        r"ปฏิญญา|แถลงการณ์ร่วม|หนังสือแสดงเจตจำนง|พิธีสาร|Agreement|Declaration|Joint Statement")
CABINET = re.compile(r"สรุปข่าวการประชุม")
LOOSE = re.compile(r"ความร่วมมือ")
THAI_MONTHS = ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม",
               "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"]
DATE_LINE = re.compile(r"ที่\s*(\d{1,2})\s+(" + "|".join(THAI_MONTHS) + r")\s+(\d{4})")
NEWS_ID = re.compile(r"details/(\d+)")
QUOTAS = {"v2": {"keyword": 150, "cabinet": 40, "loose": 50, "random": 80},
          "dev": {"keyword": 80, "cabinet": 0, "loose": 30, "random": 50}}
MAX_CHARS = 40_000          # cabinet summaries (200–500k characters) are exempt
BATCHES = {"regular": 5, "cabinet": 3}


def read_article(root, rel):
    with open(os.path.join(root, rel), encoding="utf-8-sig", errors="replace") as f:
        text = f.read()
    lines = [l for l in text.splitlines() if l.strip()]
    headline = lines[0] if lines else ""
    m = NEWS_ID.search(text[-300:])
    d = DATE_LINE.search(text[:2000])
    published = None
    if d:
        published = "%04d-%02d-%02d" % (int(d.group(3)) - 543, THAI_MONTHS.index(d.group(2)) + 1, int(d.group(1)))
    return text, headline, (m.group(1) if m else None), published


def stratum(rel, headline, text):
    if INSTRUMENT.search(text):
        return "cabinet" if CABINET.search(headline) else "keyword"
    return "loose" if LOOSE.search(text) else "random"


def known_ids(repo):
    ids = set()
    fixtures = os.path.join(repo, "Tests/AccordExtractionTests/Fixtures")
    for root, _, files in os.walk(fixtures):
        for name in files:
            if name.endswith(".jsonl"):
                for line in open(os.path.join(root, name), encoding="utf-8"):
                    if line.strip():
                        ids.add(json.loads(line)["newsId"])
    seeds = os.path.join(repo, "..", "shared", "seeds")
    if os.path.isdir(seeds):
        for name in os.listdir(seeds):
            if name.endswith(".txt"):
                m = NEWS_ID.search(open(os.path.join(seeds, name), encoding="utf-8-sig").read())
                if m:
                    ids.add(m.group(1))
    return ids


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--dev", required=True)
    ap.add_argument("--v2", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=20261207)
    ap.add_argument("--scale", type=float, default=1.0, help="multiply every quota (a smaller set)")
    ap.add_argument("--part", choices=["sealed", "dev"], help="put every selected article in this part (a new sealed set)")
    ap.add_argument("--double", type=float, default=0.1, help="share annotated twice")
    args = ap.parse_args()
    repo = os.path.normpath(os.path.join(os.path.dirname(__file__), "..", ".."))
    exclude = known_ids(repo)
    rng = random.Random(args.seed)
    chosen = []
    for corpus, root in (("dev", args.dev), ("v2", args.v2)):
        rels = sorted(os.path.relpath(os.path.join(d, f), root)
                      for d, _, fs in os.walk(root) for f in fs if f.endswith(".txt"))
        by_stratum, seen = {}, set()
        for rel in rels:
            text, headline, news_id, published = read_article(root, rel)
            if not news_id or news_id in exclude or news_id in seen:
                continue
            kind = stratum(rel, headline, text)
            if kind != "cabinet" and len(text) > MAX_CHARS:
                continue
            seen.add(news_id)
            by_stratum.setdefault(kind, []).append((rel, news_id, published, len(text)))
        for name, full in QUOTAS[corpus].items():
            quota = round(full * args.scale)
            pool = by_stratum.get(name, [])
            rng.shuffle(pool)
            for rel, news_id, published, n in pool[:quota]:
                chosen.append({"corpus": corpus, "stratum": name, "path": rel, "newsId": news_id,
                               "published": published, "chars": n})
            print(f"{corpus} {name}: {len(pool)} candidates, {min(quota, len(pool))} taken", file=sys.stderr)
    rng.shuffle(chosen)
    every = round(1 / args.double) if args.double > 0 else 0
    for i, row in enumerate(chosen):
        row["part"] = args.part or ("sealed" if i % 3 == 0 else "dev")
        row["double"] = every > 0 and i % every == every // 2
    os.makedirs(args.out, exist_ok=True)
    with open(os.path.join(args.out, "selection.jsonl"), "w", encoding="utf-8") as f:
        for r in chosen:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    # Balance the helpers' work by characters, cabinet summaries apart (they are read differently);
    # a double-annotated article goes to two batches.
    number = 0
    for group, count in BATCHES.items():
        rows_of_group = [r for r in chosen if (r["stratum"] == "cabinet") == (group == "cabinet")]
        loads = [[0, i, []] for i in range(count)]
        for r in sorted(rows_of_group, key=lambda r: (-r["chars"], r["path"])):
            loads.sort(key=lambda l: (l[0], l[1]))
            loads[0][2].append(r); loads[0][0] += r["chars"]
            if r["double"]:
                loads[1][2].append(r); loads[1][0] += r["chars"]
        for load, i, rows in sorted(loads, key=lambda l: l[1]):
            number += 1
            rng.shuffle(rows)
            with open(os.path.join(args.out, f"batch-{number:02d}.jsonl"), "w", encoding="utf-8") as f:
                for r in rows:
                    root = args.dev if r["corpus"] == "dev" else args.v2
                    item = {"path": r["path"], "newsId": r["newsId"], "published": r["published"],
                            "file": os.path.join(root, r["path"])}
                    f.write(json.dumps(item, ensure_ascii=False) + "\n")
            print(f"batch {number:02d} ({group}): {len(rows)} articles, {load} characters", file=sys.stderr)

if __name__ == "__main__":
    main()
