"""Side-by-side Thai segmentation benchmark: PyThaiNLP newmm and nlpO3 vs Accord's WordSegmenter.

Called by scripts/bench-segment.sh (which builds Accord's release benchmark, runs it and sets up
the virtual environment). Reads the same article folder, times newmm and nlpO3 on one core, and
computes the word-boundary F1 of Accord's tokens against newmm's on the sample Accord wrote.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time


def article_paths(root: str) -> list[str]:
    out = []
    for dirpath, _, files in os.walk(root):
        for f in files:
            if f.endswith(".txt"):
                out.append(os.path.relpath(os.path.join(dirpath, f), root))
    return sorted(out)


def boundaries(lengths: list[int]) -> set[int]:
    """Internal cut offsets (in code points) of a tokenization."""
    cuts, pos = set(), 0
    for n in lengths[:-1]:
        pos += n
        cuts.add(pos)
    return cuts


def is_thai(ch: str) -> bool:
    return "\u0e00" <= ch <= "\u0e7f"


def f1(tp: int, n_sys: int, n_ref: int) -> tuple[float, float, float]:
    p = tp / n_sys if n_sys else 1.0
    r = tp / n_ref if n_ref else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("directory")
    ap.add_argument("--accord-json", required=True, help="output of accord-segment-bench")
    ap.add_argument("--tokens-prefix", required=True, help="PREFIX of Accord's sample token files")
    ap.add_argument("--skip-newmm-speed", action="store_true")
    args = ap.parse_args()

    from pythainlp.corpus import corpus_path
    from pythainlp.tokenize import word_tokenize
    import nlpo3

    paths = article_paths(args.directory)
    texts = []
    for p in paths:
        with open(os.path.join(args.directory, p), encoding="utf-8", newline="") as fh:
            texts.append(fh.read())
    total = sum(len(t.encode("utf-8")) for t in texts)
    mb = total / 1e6

    # Warm up both (dictionary loading is not part of throughput).
    word_tokenize("ทดสอบการตัดคำ", engine="newmm")
    words_th = os.path.join(corpus_path(), "words_th.txt")
    nlpo3.load_dict(words_th, "words_th")
    nlpo3.segment("ทดสอบการตัดคำ", "words_th")

    # MB/s per CPU second (robust on a shared machine) and per wall second.
    results, wall = {}, {}
    start, wall_start = time.process_time(), time.perf_counter()
    for t in texts:
        nlpo3.segment(t, "words_th")
    results["nlpO3"] = mb / (time.process_time() - start)
    wall["nlpO3"] = mb / (time.perf_counter() - wall_start)

    if not args.skip_newmm_speed:
        start, wall_start = time.process_time(), time.perf_counter()
        for t in texts:
            word_tokenize(t, engine="newmm")
        results["newmm"] = mb / (time.process_time() - start)
        wall["newmm"] = mb / (time.perf_counter() - wall_start)

    with open(args.accord_json, encoding="utf-8") as fh:
        accord = json.load(fh)
    assert accord["bytes"] == total, "Accord and Python read different text"

    by_path = dict(zip(paths, texts))
    print(f"corpus: {args.directory}: {len(texts)} articles, {mb:.1f} MB (UTF-8), one core")
    print()
    print(f"{'segmenter':34} {'MB/s (CPU)':>10} {'MB/s (wall)':>11}")
    for name, key in (("Accord WordSegmenter.thai", "thai"), ("Accord WordSegmenter.thaiGeneral", "thaiGeneral")):
        a = accord[key]
        print(f"{name:34} {a['mb_per_s']:10.1f} {a['wall_mb_per_s']:11.1f}   (dictionary load {a['load_seconds'] * 1000:.0f} ms)")
    for name in ("nlpO3", "newmm"):
        if name in results:
            print(f"{'PyThaiNLP ' + name if name == 'newmm' else name:34} {results[name]:10.1f} {wall[name]:11.1f}")
    print()
    for key in ("thai", "thaiGeneral"):
        for name in ("nlpO3", "newmm"):
            if name in results:
                print(f"speed ratio Accord {key} / {name}: {accord[key]['mb_per_s'] / results[name]:.2f}x (CPU), "
                      f"{accord[key]['wall_mb_per_s'] / wall[name]:.2f}x (wall)")
    print()

    for suffix, label in (("general", "thaiGeneral (words_th only)"), ("thai", "thai (words_th + domain lexicon)")):
        counts = {"all": [0, 0, 0], "thai": [0, 0, 0]}
        exact = 0
        n = 0
        with open(f"{args.tokens_prefix}.{suffix}.jsonl", encoding="utf-8") as fh:
            for line in fh:
                row = json.loads(line)
                text = by_path[row["path"]]
                assert sum(row["lengths"]) == len(text), f"Accord tokens do not cover {row['path']}"
                ref_tokens = word_tokenize(text, engine="newmm")
                ref = boundaries([len(w) for w in ref_tokens])
                sys_b = boundaries(row["lengths"])
                n += 1
                exact += ref == sys_b
                for kind in ("all", "thai"):
                    if kind == "thai":
                        keep = lambda b: is_thai(text[b - 1]) and is_thai(text[b])  # noqa: E731
                        r = {b for b in ref if keep(b)}
                        s = {b for b in sys_b if keep(b)}
                    else:
                        r, s = ref, sys_b
                    c = counts[kind]
                    c[0] += len(r & s)
                    c[1] += len(s)
                    c[2] += len(r)
        print(f"boundary F1 vs newmm, {n} sample articles, Accord {label}:")
        for kind, desc in (("all", "all boundaries"), ("thai", "between two Thai characters")):
            p, r, f = f1(*counts[kind])
            print(f"  {desc:30} P {p:.4f}  R {r:.4f}  F1 {f:.4f}")
        print(f"  articles segmented identically: {exact}/{n}")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
