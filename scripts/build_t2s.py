#!/usr/bin/env python3
"""Builds lexicons/t2s.tsv (traditional -> simplified, one character each) from OpenCC's
TSCharacters.txt and the Taiwan/Hong Kong variant tables, as shipped in the PyPI package
opencc-python-reimplemented (Apache-2.0).

usage: pip download --no-deps -d /tmp/occ opencc-python-reimplemented && unzip it, then
       python3 scripts/build_t2s.py /tmp/occ/opencc/dictionary > lexicons/t2s.tsv
"""
import os
import sys


# Hand-listed: 茍 (U+830D) printed for the surname 苟 (U+82DF) on traditional-script mirrors.
EXTRA = {"茍": "苟"}


def pairs(path):
    with open(path, encoding="utf-8") as f:
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if len(parts) < 2:
                continue
            src, dst = parts[0], parts[1].split(" ")[0]
            if len(src) == 1 and len(dst) == 1 and src != dst:
                yield src, dst


def main():
    d = sys.argv[1]
    table = {}
    # Variant forms first (佔 -> 占 via 佔 -> 占), then the main table wins on conflicts.
    for name in ("TWVariantsRev.txt", "HKVariantsRev.txt"):
        for t, s in pairs(os.path.join(d, name)):
            table[t] = s
    ts = dict(pairs(os.path.join(d, "TSCharacters.txt")))
    for t, s in list(table.items()):
        table[t] = ts.get(s, s)
    table.update(ts)
    # Look-alikes that mirror sites write for a simplified character and that OpenCC does not list.
    table.update(EXTRA)
    # A character that is itself a valid simplified form (么, 麽) must not be rewritten in
    # simplified text.
    simplified_keys = {t for t, _ in pairs(os.path.join(d, "STCharacters.txt"))}
    table = {t: s for t, s in table.items() if t not in simplified_keys}
    print("# Traditional -> simplified characters (traditional TAB simplified), for matching only:")
    print("# spans always stay on the original text. Derived from OpenCC's TSCharacters.txt and the")
    print("# TW/HK variant tables (Apache-2.0, see licenses/LICENSE.opencc); built by scripts/build_t2s.py.")
    for t in sorted(table):
        if table[t] != t:
            print(f"{t}\t{table[t]}")


if __name__ == "__main__":
    main()
