#!/bin/bash
# Scores extraction on the development sets and on unseen sets (see docs/unseen-sets.md).
# usage: scripts/score-sets.sh CHECKOUT TAG SET...   SET = cs (seeds + corpus) | rd (realdev) | NN (/work/heldoutNN)
# Writes CHECKOUT/output/runs/TAG-SET.json (or $RUNS/...) and prints each set's ALL row. SHARED: the
# shared data (default: ../shared beside the checkout); REALDEV: the fetched realdev texts.
set -u
W=$1; T=$2; shift 2
shared=${SHARED:-$(cd "$W/../shared" 2>/dev/null && pwd)}
if [[ -z "$shared" || ! -f "$shared/eval/score.py" ]]; then
  echo "score-sets: no shared data beside $W; set SHARED to the folder holding eval/score.py" >&2
  exit 2
fi
realdev=${REALDEV:-$W/output/realdev}   # fetched as ../shared/realdev/README.md says
runs=${RUNS:-$W/output/runs}; mkdir -p "$runs"
for s in "$@"; do
  case $s in
    cs) in="--input $W/seeds --input $shared/corpus/articles"; gold=$shared/corpus/gold;;
    rd) in="--input $realdev"; gold=$shared/realdev/gold;;
    *) in="--input /work/heldout$s/articles"; gold=/work/heldout$s/gold;;
  esac
  out=$runs/$T-$s.json
  (cd "$W" && ./dossier facts $in --out "$out" --output "/tmp/score-$T-$s" >"$runs/$T-$s.log" 2>&1)
  printf "%-4s %s\n" "$s" "$(python3 "$shared/eval/score.py" "$out" "$gold" --quiet | grep ALL)"
done
