#!/usr/bin/env python3
"""usage: scripts/stage-of-misses.py RUN.json GOLD_DIR [-v]

Counts at which stage each miss and extra of a facts run is lost: the gold person given no fact
at all (person-no-facts), no fact of the gold type (type-absent), another kind of that type
(kind-wrong), the right kind with a slot that disagrees (slot-place, slot-date, slot-status,
slot-term; slot-? when the fact was already matched by another gold fact); extras that are about
no gold person (wrong-person), an event the gold does not list for that person (spurious-event),
or a slot or duplicate of a listed one (slot-or-dup). With -v, one line per miss and extra.
The scorer is ../shared/eval/score.py beside the checkout (or $SHARED/eval/score.py)."""
import importlib.util
import json
import os
import sys
from collections import Counter, defaultdict
from pathlib import Path

if len(sys.argv) < 3:
    sys.exit(__doc__)
shared = Path(os.environ.get("SHARED", Path(__file__).resolve().parent.parent.parent / "shared"))
spec = importlib.util.spec_from_file_location("score", shared / "eval" / "score.py")
sc = importlib.util.module_from_spec(spec)
spec.loader.exec_module(sc)

run = json.load(open(sys.argv[1]))
verbose = "-v" in sys.argv
names = {p["id"]: p.get("name") or p["id"] for p in run["people"]}
preds = defaultdict(list)
for f in run["facts"]:
    for a in {e["article"] for e in f.get("evidence", [])}:
        preds[a].append(f)


def name_of(p):
    return names.get(p.get("person"), p.get("person") or "")


miss, extra, lines = Counter(), Counter(), []
for gf in sorted(Path(sys.argv[2]).glob("*.json")):
    g = json.load(open(gf))
    aid, golds = g.get("article", gf.stem), g.get("facts", [])
    ps = preds.get(aid, [])
    used, gused = [False] * len(ps), [False] * len(golds)
    for gi, x in enumerate(golds):
        for i, p in enumerate(ps):
            if used[i] or p["type"] != x["type"] or p["kind"] != x["kind"] or not sc.same_person(name_of(p), x["person"]):
                continue
            if all(sc.slot_ok(s, x.get(s), p.get(s)) for s in sc.COMPARED):
                used[i] = gused[gi] = True
                break
    for gi, x in enumerate(golds):
        if gused[gi]:
            continue
        mine = [p for p in ps if sc.same_person(name_of(p), x["person"])]
        same_type = [p for p in mine if p["type"] == x["type"]]
        same_kind = [p for p in same_type if p["kind"] == x["kind"]]
        if not mine:
            c = "person-no-facts"
        elif not same_type:
            c = "type-absent"
        elif not same_kind:
            c = "kind-wrong"
        else:
            bad = Counter(s for p in same_kind for s in sc.COMPARED if not sc.slot_ok(s, x.get(s), p.get(s)))
            c = "slot-" + (bad.most_common(1)[0][0] if bad else "?")
        miss[c] += 1
        lines.append(f"MISS {c:16} {aid} {x['type']}/{x['kind']} {x['person']} "
                     + " ".join(f"{s}={x[s]}" for s in sc.COMPARED if x.get(s)))
    for i, p in enumerate(ps):
        if used[i]:
            continue
        gp = [x for x in golds if sc.same_person(name_of(p), x["person"])]
        if not gp:
            c = "wrong-person" if golds else "in-distractor"
        elif not [x for x in gp if x["type"] == p["type"] and x["kind"] == p["kind"]]:
            c = "spurious-event"
        else:
            c = "slot-or-dup"
        extra[c] += 1
        lines.append(f"XTRA {c:16} {aid} {p['type']}/{p['kind']} {name_of(p)} "
                     + " ".join(f"{s}={p[s]}" for s in sc.COMPARED if p.get(s)))
print("misses:", sum(miss.values()), dict(miss.most_common()))
print("extras:", sum(extra.values()), dict(extra.most_common()))
if verbose:
    print("\n".join(sorted(lines)))
