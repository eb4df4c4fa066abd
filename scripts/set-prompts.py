#!/usr/bin/env python3
"""Writes the six helper briefs for three fresh unseen sets (docs/unseen-sets.md), two helpers a set.

usage: scripts/set-prompts.py FIRST_SET OUT_DIR
Each brief is the template of docs/unseen-sets.md with the set's number, the EXCLUDED line and one
region of holding countries filled in; give a helper "Read the file OUT_DIR/setNNa.txt and carry out
the task it describes exactly." The regions rotate so that no two helpers can pick the same case.
"""
import re
import sys
from pathlib import Path

REGIONS = [
    "Russia, Belarus, Ukraine, the Caucasus, Central Asia and Turkey",
    "Latin America and the Caribbean (Mexico, Central America, South America, Cuba, Haiti, ...)",
    "Iran, Iraq, Syria, Lebanon, Israel and the Palestinian territories, Egypt, the Gulf states and Yemen",
    "Sub-Saharan Africa and North Africa except Egypt",
    "China, Hong Kong, North and South Korea, Japan, Taiwan, Southeast Asia and Oceania",
    "South Asia (India, Pakistan, Bangladesh, Sri Lanka, Nepal, Afghanistan), Western Europe and North America",
]


def main(argv):
    if len(argv) != 3:
        sys.exit(__doc__)
    first, out = int(argv[1]), Path(argv[2])
    doc = (Path(__file__).resolve().parent.parent / "docs" / "unseen-sets.md").read_text(encoding="utf-8")
    brief = doc.split("```")[1].strip("\n")
    excluded = re.search(r"Cases already used \(pass them as EXCLUDED\): (.*?)\n\n", doc, re.S).group(1).replace("\n", " ")
    out.mkdir(parents=True, exist_ok=True)
    for k, region in enumerate(REGIONS):
        n, half = first + k // 2, "ab"[k % 2]
        ids = ("01", "07") if half == "a" else ("08", "14")
        text = brief.replace("NN", str(n)).replace("EXCLUDED", excluded)
        text = text.replace("REGION_HINT", f"Only people held in (or by) these countries: {region}.")
        text = text.replace("Aim for 14 articles: about 12 on different detained people, plus 2 distractors",
                            "Aim for 7 articles: about 6 on different detained people, plus 1 distractor")
        text += (f"\n\n## Your part\nYou build HALF of set {n}: ids h{n}_{ids[0]} to h{n}_{ids[1]} only (another helper "
                 f"writes the other half into the same folder at the same time; touch only your ids). Write your sources "
                 f"as /work/heldout{n}/sources-{half}.json. Take about 35 minutes. Check each text byte for byte against "
                 f"the raw excerpt the search tool returned. Do not run or read anything in /work/main.\n")
        (out / f"set{n}{half}.txt").write_text(text, encoding="utf-8")
        print(out / f"set{n}{half}.txt")


if __name__ == "__main__":
    main(sys.argv)
