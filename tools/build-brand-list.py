#!/usr/bin/env python3
"""Rebuilds brand-list.csv from the shared brand lists (run from the repository root as python3 tools/build-brand-list.py, ../shared beside it).

Two lists of whole brand names, each entry a name some maker or retailer trades under:
- every title of simple-icons 16.37.0 (data/simple-icons.json, metadata CC0-1.0);
- every brand of name-suggestion-index 8.0.20260918 filed under a shop category (brands/shop/...) with a Wikidata
  item, three characters or more (BSD-3-Clause; Wikidata labels CC0): the retailers and makers whose names appear on
  goods sold online.
A name on both is kept once, from simple-icons. @cspell/dict-companies is not used: it is a spell-checker's list of the
words in company names ("America", "London", "Mexican", "Best", "Buy", "The"), not of names anybody trades under.
"""
import csv
import json
import sys

SHARED = "../shared/data-candidates/brands"
OUT = "data/samples/brands/brand-list.csv"


def main() -> int:
    rows, seen = [], set()
    icons = json.load(open(f"{SHARED}/simple-icons.json", encoding="utf-8"))
    for icon in icons["icons"] if isinstance(icons, dict) else icons:
        title = icon["title"].strip()
        if title and title.lower() not in seen:
            seen.add(title.lower())
            rows.append((title, "simple-icons"))
    nsi = []
    with open(f"{SHARED}/nsi-brands.csv", encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            name = (r["brand"] or r["display_name"]).strip()
            if r["category_path"].startswith("brands/shop/") and r["brand_wikidata"] and len(name) >= 3 and name.lower() not in seen:
                seen.add(name.lower())
                nsi.append((name, "name-suggestion-index"))
    rows += nsi
    rows.sort(key=lambda x: x[0])
    with open(OUT, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["mark", "source", "office"])
        for name, source in rows:
            w.writerow([name, source, "BRANDS"])
    print(f"{len(rows)} brands written to {OUT}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
