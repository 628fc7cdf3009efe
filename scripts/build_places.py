#!/usr/bin/env python3
"""Builds lexicons/places.tsv from ../shared/data/admin_divisions.

Usage: python3 scripts/build_places.py [DATA_DIR] > lexicons/places.tsv
(DATA_DIR defaults to ../shared/data/admin_divisions relative to the crate root.)

Output lines are `name TAB code TAB kind`:
- kind `full`: the current official name of the division (one per code, the canonical name);
- kind `alias`: a short form (`西宁`, `大通县`, `大通`, `海西州`, `青海`);
- kind `former`: a name the division had before a rename (`湟中县` → 630106, `襄樊` → 420600).
`code` is the 6-digit division code, or `-` for functional zones (开发区, 高新区, 新区 …), which the
statistics list numbers xx71–xx80 but which are not administrative divisions.

Sources (see lexicons/README.md): modood/Administrative-divisions-of-China (WTFPL), JioNLP aliases and
rename history (Apache-2.0), cpca's list of the 56 nationalities (MIT).
"""

import csv
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "..", "..", "shared", "data", "admin_divisions")

# Placeholder prefecture rows that are not names of places.
NOT_NAMES = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}
PROVINCE_SUFFIXES = ["维吾尔自治区", "壮族自治区", "回族自治区", "特别行政区", "自治区", "省", "市"]
AUTONOMY_SUFFIXES = ["自治州", "自治县", "自治旗"]
# Conventional abbreviations that no rule derives, as papers and bulletins write them: the Xinjiang
# prefectures (巴音郭楞 → 巴州, beside 巴州区 of Bazhong), and two counties whose short form keeps
# the first characters of two words (喀喇沁左翼 → 喀左, 杜尔伯特蒙古族 → 杜蒙, 前郭尔罗斯 → 前郭).
HAND_ALIASES = {
    "巴州": "652800",
    "克州": "653000",
    "博州": "652700",
    "喀左县": "211324",
    "杜蒙县": "230624",
    "杜蒙": "230624",
    "前郭县": "220721",
    # Inner Mongolia's counties and banners as their own papers shorten them
    "托县": "150122",
    "和林县": "150123",
    "克旗": "150425",
    "翁旗": "150426",
}


def read_csv(name):
    with open(os.path.join(DATA, name), encoding="utf-8") as f:
        return list(csv.DictReader(f))


def nations():
    """Ethnic names to strip before an autonomy suffix: `回族`, and stems of 2+ chars (`蒙古`)."""
    with open(os.path.join(DATA, "56_nations.csv"), encoding="utf-8") as f:
        names = [l.strip() for l in f if l.strip()]
    out = set(names)
    out.update(n[:-1] for n in names if n.endswith("族") and len(n) >= 3)
    # 龙胜各族自治县, 隆林各族自治县: "all peoples"
    out.add("各族")
    return sorted(out, key=len, reverse=True)


NATIONS = nations()


def strip_nations(base):
    """`大通回族土族` → `大通`; stops when nothing more can be stripped or the rest gets too short."""
    changed = True
    while changed:
        changed = False
        for n in NATIONS:
            if base.endswith(n) and len(base) - len(n) >= 2:
                base = base[: -len(n)]
                changed = True
                break
    return base


def is_zone(code, name):
    """Functional zones: the statistics list numbers them xx71–xx80 within their prefecture."""
    return 71 <= int(code[4:6]) <= 80


def county_aliases(name, jionlp_alias):
    out = set()
    if jionlp_alias and len(jionlp_alias) >= 2:
        out.add(jionlp_alias)
    # 管城回族区 → 管城区, 梅里斯达斡尔族区 → 梅里斯区: an ethnic district without its people
    if name.endswith("区") and not name.endswith("自治区"):
        base = strip_nations(name[:-1])
        if base != name[:-1]:
            out.add(base + "区")
    for suf in AUTONOMY_SUFFIXES:
        if name.endswith(suf):
            base = strip_nations(name[: -len(suf)])
            kind = suf[-1]  # 县 / 旗 / 州
            out.add(base + kind)
            # A county named after its people alone (鄂温克族自治旗) is written 鄂温克旗.
            if base in NATIONS and base.endswith("族"):
                out.add(base[:-1] + kind)
            if len(base) >= 2:
                out.add(base)
            break
    else:
        for suf in ["县", "区", "市", "旗"]:
            if name.endswith(suf) and len(name) - 1 >= 2:
                out.add(name[:-1])
                break
    # 大柴旦行政委员会 is written 大柴旦行委
    if name.endswith("行政委员会"):
        out.add(name[: -len("行政委员会")] + "行委")
    out.discard(name)
    return out


def city_aliases(name):
    out = set()
    if name.endswith("自治州"):
        base = strip_nations(name[:-3])
        out.update([base + "州", base])
    elif name.endswith("地区"):
        out.add(name[:-2])
    elif name.endswith("盟") or name.endswith("市"):
        out.add(name[:-1])
    out = {a for a in out if len(a) >= 2}
    out.discard(name)
    return out


def province_aliases(name):
    for suf in PROVINCE_SUFFIXES:
        if name.endswith(suf) and len(name) > len(suf):
            return {name[: -len(suf)]}
    return set()


def main():
    rows = []  # (name, code, kind)
    full = {}  # code -> full name
    by_path = {}  # (province, city, county) -> code, for the rename history

    def add(name, code, kind):
        rows.append((name, code, kind))

    for p in read_csv("provinces.csv"):
        code = p["code"] + "0000"
        full[code] = p["name"]
        add(p["name"], code, "full")
        for a in sorted(province_aliases(p["name"])):
            add(a, code, "alias")
    for c in read_csv("cities.csv"):
        if c["name"] in NOT_NAMES:
            continue
        code = c["code"] + "00"
        full[code] = c["name"]
        add(c["name"], code, "full")
        for a in sorted(city_aliases(c["name"])):
            add(a, code, "alias")
    for r in read_csv("county_level_modood_2023_with_jionlp_alias.csv"):
        code, name = r["county_code"], r["county"]
        by_path[(r["province"], r["city"], name)] = code
        if code in full:  # 东莞市 is listed as both prefecture and county
            continue
        if is_zone(code, name):
            add(name, "-", "full")
            continue
        full[code] = name
        add(name, code, "full")
        for a in sorted(county_aliases(name, r["county_alias_jionlp"])):
            add(a, code, "alias")
    city_path = {(full[c[:2] + "0000"], n): c for c, n in full.items() if c.endswith("00") and not c.endswith("0000")}
    for name, code in HAND_ALIASES.items():
        if code in full:
            add(name, code, "alias")

    with open(os.path.join(DATA, "china_location_change.txt"), encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if "=>" not in line:
                continue
            old, new = line.split("=>", 1)
            old, new = old.split("\t"), new.split("\t")
            if len(new) == 3:
                code = by_path.get(tuple(new))
                old_names = old[6:8]
                new_name = new[2]
            elif len(new) == 2:
                code = city_path.get(tuple(new))
                old_names = old[4:6]
                new_name = new[1]
            else:
                continue
            if not code or code not in full:
                continue
            for o in old_names:
                if o and len(o) >= 2 and o != new_name and o != full[code]:
                    add(o, code, "former")

    # Counties turned into districts or cities (撤县设区, 撤县设市) keep their old names in older
    # pages (双流县). Where no current division is called X县, it is read as the former name of the
    # district or city X. (Not X市 for a district: 河北市 would be read inside 河北市场.)
    taken = {name for name, _, _ in rows}
    for name, code, kind in list(rows):
        if kind != "full" or code == "-" or code.endswith("00") or len(name) < 3 or name[-1] not in "区市":
            continue
        old = name[:-1] + "县"
        if old not in taken:
            add(old, code, "former")
            taken.add(old)

    seen = set()
    out = sys.stdout
    out.write("# Places: name TAB 6-digit division code (or - for functional zones) TAB full|alias|former.\n")
    out.write("# Generated by scripts/build_places.py from ../shared/data/admin_divisions; do not edit by hand.\n")
    out.write("# Sources: modood/Administrative-divisions-of-China (WTFPL), JioNLP (Apache-2.0), cpca (MIT).\n")
    for name, code, kind in rows:
        if (name, code) in seen:
            continue
        seen.add((name, code))
        out.write(f"{name}\t{code}\t{kind}\n")


if __name__ == "__main__":
    main()
