#!/bin/bash
# Scores extraction on the development sets and on unseen sets (see docs/unseen-sets.md).
# usage: scripts/score-sets.sh CHECKOUT TAG SET...   SET = cs (seeds + corpus) | rd (realdev) | NN (/work/heldoutNN)
# Writes runs/TAG-SET.json beside this script's checkout's output folder and prints each set's ALL row.
set -u
W=$1; T=$2; shift 2
shared=${SHARED:-$(cd "$W/../shared" 2>/dev/null && pwd)}
runs=${RUNS:-$W/output/runs}; mkdir -p "$runs"
for s in "$@"; do
  case $s in
    cs) in="--input $W/seeds --input $shared/corpus/articles"; gold=$shared/corpus/gold;;
    rd) in="--input $W/output/realdev"; gold=$shared/realdev/gold;;
    *) in="--input /work/heldout$s/articles"; gold=/work/heldout$s/gold;;
  esac
  out=$runs/$T-$s.json
  (cd "$W" && ./dossier facts $in --out "$out" --output "/tmp/score-$T-$s" >"$runs/$T-$s.log" 2>&1)
  printf "%-4s %s\n" "$s" "$(python3 "$shared/eval/score.py" "$out" "$gold" --quiet | grep ALL)"
done
