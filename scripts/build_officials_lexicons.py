#!/usr/bin/env python3
"""Builds lexicons/titles.tsv and lexicons/surnames.tsv from ../shared/data.

Run from the crate root: python3 scripts/build_officials_lexicons.py [SHARED_DIR]
The outputs are committed, so the crate builds without ../shared.

titles.tsv  : title <TAB> kind (title|group) <TAB> count (occurrences in the sources, 0 = hand-listed)
titles_more.tsv (hand-kept posts the sources miss: 校长, 市长助理 …) and not_titles.tsv are not generated here.
surnames.tsv: surname <TAB> frequency (per 100k, wainshine list; 5 = the list's floor) <TAB> single|compound
"""
import csv
import os
import sys

SHARED = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "..", "shared")
DATA = os.path.join(SHARED, "data")
OUT = os.path.join(os.path.dirname(__file__), "..", "lexicons")

# Heads of Chinese party, government, congress, CPPCC, judicial, military and inspection titles. A
# phrase from the People's Daily lists is kept only when it ends with one of them, which drops
# 记者, 夫人, 选手, 总统 and the like without listing them.
HEADS = """
书记 副书记 总书记 常委 委员 主席 副主席 主任 副主任 市长 副市长 省长 副省长 区长 副区长 县长 副县长
镇长 副镇长 乡长 副乡长 村长 州长 副州长 盟长 旗长 局长 副局长 厅长 副厅长 处长 副处长 科长 部长 副部长
部长助理 司长 副司长 总理 副总理 国务委员 委员长 副委员长 秘书长 副秘书长 院长 副院长 检察长 副检察长
督察长 组长 副组长 巡视员 副巡视员 调研员 主任委员 行长 副行长 署长 司令员 副司令员 政委 参谋长 副参谋长
总参谋长 副总参谋长 政治委员 主席团成员 常务副市长 常务副省长 常务副区长 常务副县长 党组书记 党组成员
纪委书记 监委主任 督察专员 特派员 专员 副专员 社长 台长 主任科员 顾问
董事长 副董事长 总经理 副总经理 常务副总经理 总裁 副总裁
""".split()

# Group labels: a shared label for a list of officials.
GROUPS = """
市领导 省领导 区领导 县领导 州领导 盟领导 旗领导 镇领导 乡领导 街道领导 中央领导 国家领导人
党和国家领导人 省委领导 市委领导 区委领导 县委领导 市政府领导 省政府领导 区政府领导 县政府领导
省级领导 市级领导 州级领导 县级领导 区级领导 旗级领导 省委省政府领导 市委市政府领导 县委县政府领导 区委区政府领导
""".split()

# Heads whose phrases name foreign offices; their prefixes (美国, 以色列, …) mark foreign phrases.
# Substrings of Chinese organisation names: a prefix holding none of them is taken as foreign.
CHINESE_ORG = ("国务院", "中央", "全国", "中共", "省", "市", "县", "区", "党", "委", "部", "局", "厅", "军", "政府",
               "政协", "人大")

# Phrases ending with a head that are no public office.
NOT_OFFICES = {"班主任", "制片主任", "北约秘书长"}

FOREIGN_HEADS = ("总统", "首相", "国王", "大使", "国务卿", "大臣", "议长", "外长", "总理")


def read_tsv(path):
    with open(path, encoding="utf-8") as f:
        rows = list(csv.reader(f, delimiter="\t"))
    return [(r[0].strip(), int(float(r[1]))) for r in rows[1:] if len(r) >= 2 and r[0].strip()]


def ends_with_head(p):
    return any(p.endswith(h) for h in HEADS)


def titles():
    counts = {}
    for h in HEADS:
        counts[h] = 0
    for name in ("pages_title_tokens_regex.tsv", "pd1998_noun_before_person.tsv", "pd1998_phrase_before_person.tsv"):
        rows = read_tsv(os.path.join(DATA, "titles", name))
        foreign = set()
        for p, _ in rows:
            for h in FOREIGN_HEADS:
                if p.endswith(h) and len(p) > len(h):
                    pre = p[: -len(h)]
                    # only country-like prefixes (no Chinese organisation characters)
                    if not any(m in pre for m in CHINESE_ORG) or pre.endswith("国"):
                        foreign.add(pre)
        for p, c in rows:
            if len(p) < 2 or not ends_with_head(p) or c < 2:
                continue
            if p in NOT_OFFICES or p.startswith("电") or "记者" in p:  # "…电外交部发言人": a dateline glued to the phrase
                continue
            if any(p.startswith(f) for f in foreign if f not in ("中国", "全国", "国家")):
                continue
            counts[p] = counts.get(p, 0) + c
    out = [(t, "title", c) for t, c in counts.items()]
    out += [(g, "group", 0) for g in GROUPS]
    return sorted(out, key=lambda r: (len(r[0]), r[0]))


def surnames():
    freq = {}
    with open(os.path.join(DATA, "surnames", "Chinese_Family_Name_1k.csv"), encoding="utf-8") as f:
        for r in list(csv.reader(f))[1:]:
            if r and r[0].strip():
                freq[r[0].strip()] = float(r[1])
    with open(os.path.join(DATA, "surnames", "jionlp_surnames.tsv"), encoding="utf-8") as f:
        for r in list(csv.reader(f, delimiter="\t"))[1:]:
            if r and r[0].strip():
                freq.setdefault(r[0].strip(), 5.0)
    return sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))


def main():
    with open(os.path.join(OUT, "titles.tsv"), "w", encoding="utf-8") as f:
        f.write("# Titles and group labels seen before person names; built by scripts/build_officials_lexicons.py\n")
        f.write("# title\tkind (title|group)\tcount in the sources (0 = hand-listed)\n")
        for t, k, c in titles():
            f.write(f"{t}\t{k}\t{c}\n")
    with open(os.path.join(OUT, "surnames.tsv"), "w", encoding="utf-8") as f:
        f.write("# Chinese surnames; built by scripts/build_officials_lexicons.py\n")
        f.write("# surname\tfrequency per 100k (5 = floor of the list)\tsingle|compound\n")
        for s, c in surnames():
            f.write(f"{s}\t{c:g}\t{'compound' if len(s) > 1 else 'single'}\n")


if __name__ == "__main__":
    main()
