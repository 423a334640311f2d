#!/usr/bin/env bash
# Time to quality, SeqLab against the PyTorch peer, back to back on the same files and machine.
#
# 1. splits MovieLens small into one line per user (every 10th user to the test file),
# 2. trains the PyTorch peer for 3 epochs of the notebook's formulation (batch 256, Adam 1e-3)
#    and reads its held-out HR@10 and summed epoch seconds,
# 3. runs `seqlab bench` with the same model size and SeqLab's default training settings, ranking
#    every item as the peer does, until its held-out HR@10 reaches the peer's, and prints both
#    times and their ratio.
#
# Needs: apt-get install -y python3-torch libopenblas0-openmp; mvn -B -q package -DskipTests.
# Usage: bash src/bench/time_to_quality.sh [extra seqlab bench flags, e.g. --threads 2]
set -euo pipefail
cd "$(dirname "$0")/../.."
work=$(mktemp -d)
python3 src/bench/movielens_split.py sample-data/movielens-small/ratings.csv "$work/train.txt" "$work/test.txt"
echo "load before peer: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
OMP_NUM_THREADS=2 LD_LIBRARY_PATH=/usr/lib/x86_64-linux-gnu/openblas-openmp /usr/bin/python3 src/bench/peer_torch.py \
  "$work/train.txt" --test "$work/test.txt" --max-len 20 --embedding-dim 32 --units 50 --batch-size 256 --epochs 3 \
  | tee "$work/peer.jsonl" >&2
read -r peer_seconds peer_hr < <(python3 -c '
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1]) if l.strip()]
print(sum(r["seconds"] for r in rows), rows[-1]["hr@10"])' "$work/peer.jsonl")
echo "load before seqlab: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
java -jar target/seqlab.jar bench --data "$work/train.txt" --validation "$work/test.txt" --max-len 20 \
  --embedding-dim 32 --units 50 --epochs 20 --seen-items rank --target-hr10 "$peer_hr" --json "$@" | tee "$work/seqlab.json"
python3 -c '
import json, sys
s = json.load(open(sys.argv[1])); peer_seconds = float(sys.argv[2]); peer_hr = float(sys.argv[3])
t = s.get("train_seconds_to_target")
print("peer: HR@10 %.4f after 3 epochs, %.1f s of training" % (peer_hr, peer_seconds))
if t is None:
    print("seqlab: did not reach HR@10 %.4f in %d epochs (%.1f s); best %.4f"
          % (peer_hr, s["epochs"], sum(s["epoch_seconds"]), max(s["val_hr10"])))
else:
    print("seqlab: reached it after %.1f s of training: peer/seqlab = %.2fx (target: 1.5x)" % (t, peer_seconds / t))
' "$work/seqlab.json" "$peer_seconds" "$peer_hr"
