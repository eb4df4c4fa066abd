#!/usr/bin/env python3
"""usage: scripts/compare-runs.py BEFORE.json AFTER.json GOLD_DIR

The misses and extras one facts run has and the other has not ("-": gone after, "+": new after).
The scorer is ../shared/eval/score.py beside the checkout (or $SHARED/eval/score.py)."""
import os
import subprocess
import sys
from pathlib import Path

if len(sys.argv) != 4:
    sys.exit(__doc__)
shared = Path(os.environ.get("SHARED", Path(__file__).resolve().parent.parent.parent / "shared"))


def errors(run):
    out = subprocess.run(["python3", str(shared / "eval" / "score.py"), run, sys.argv[3]],
                         capture_output=True, text=True, check=True).stdout
    return {line for line in out.splitlines() if line.startswith(("missed", "extra"))}


before, after = errors(sys.argv[1]), errors(sys.argv[2])
for line in sorted(before - after):
    print("-", line)
for line in sorted(after - before):
    print("+", line)
