#!/bin/bash
# Measures the gaps between JavaFX pulses while the workbench trains MovieLens small (5 epochs), RUNS times
# (default 3), and prints the pulse monitor's summary of each run, every gap over 50 ms, and the share of CPU
# time the hypervisor took from this (virtual) machine during the run ("steal", from /proc/stat): stolen time
# stalls whichever thread was on the stolen CPU, the FX thread included. Steal is also sampled every 0.25 s,
# and each gap line ends with the steal measured around it (from 0.25 s before the gap to 0.25 s after it).
#   bash src/bench/pulse_gaps.sh [RUNS] [--interact]
# With --interact a scripted user (xdotool) clicks through the tab headers, types a prefix in the Prediction
# tab and resizes the window, one action every 1.5 s, for the whole training.
# EPOCHS=N sets the epochs setting (default: the defaults'); WATCH_TAB=embeddings (or trace) shows that tab
# once training runs, so the view redrawn after every epoch is on screen for the whole run.
# Needs `mvn package` first, an X server on DISPLAY (default :99: `Xvfb :99 -screen 0 1600x1000x24 &`) and,
# for --interact, xdotool. The window's layout is the default one (1200 x 780, tab headers 78 px from its top).
set -u
runs=${1:-3}
interact=${2:-}
export DISPLAY=${DISPLAY:-:99}
out=$(mktemp -d)
tab_x=(27 83 151 225 288) # Data, Settings, Training, Prediction, Runs: header centres, window coordinates
pattern="seqlab.pulseMonitor=true -Dseqlab.sample=movielens"

cpu_times() { # steal and total jiffies of all CPUs so far
  awk '/^cpu / { print $9, $2 + $3 + $4 + $5 + $6 + $7 + $8 + $9 }' /proc/stat
}

sample_steal() { # "seconds-since-epoch steal-jiffies" every 0.25 s, until killed
  while true; do
    echo "$(date +%s.%N) $(awk '/^cpu / { print $9 }' /proc/stat)"
    sleep 0.25
  done
}

steal_around_gaps() { # log steal-samples: each gap line with the steal (in ms, both CPUs) around it
  awk -v hz="$(getconf CLK_TCK)" '
    FNR == NR { t[NR] = $1; s[NR] = $2; n = NR; next }
    /^pulse monitor: JVM started at/ { start = $6 / 1000 }
    /^pulse gap/ {
      end = start + $8; from = end - $3 / 1000 - 0.25; to = end + 0.25; first = 0; last = 0
      for (k = 1; k <= n; k++) { if (t[k] <= from) first = k; if (t[k] >= to && !last) last = k }
      stolen = (first && last) ? (s[last] - s[first]) * 1000 / hz : -1
      printf "  %s; steal %s ms from %.2f s before to %.2f s after\n", $0, (stolen < 0 ? "?" : stolen), \
        end - t[first] - $3 / 1000, t[last] - end
    }' "$2" "$1"
}

act() { # one user action, the step-th
  local w=$1 step=$2
  case $((step % 10)) in
    0|1|2|4) xdotool mousemove --window "$w" "${tab_x[$((step % 10 == 4 ? 4 : step % 10))]}" 78 click 1 ;;
    3) xdotool mousemove --window "$w" "${tab_x[3]}" 78 click 1 sleep 0.5 mousemove --window "$w" 549 111 click 1 \
         type --delay 150 "1 2 3" ;;
    5) xdotool windowsize "$w" 1000 680 ;;
    6) xdotool windowsize "$w" 1200 780 ;;
    7) xdotool mousemove --window "$w" "${tab_x[3]}" 78 click 1 sleep 0.5 mousemove --window "$w" 549 111 click 1 \
         key --delay 150 BackSpace BackSpace BackSpace BackSpace BackSpace ;;
    *) xdotool mousemove --window "$w" "${tab_x[2]}" 78 click 1 ;;
  esac
}

for i in $(seq 1 "$runs"); do
  log="$out/run-$i.txt"
  read -r steal0 total0 < <(cpu_times)
  sample_steal > "$out/steal-$i.txt" &
  sampler=$!
  java -D$pattern -Dseqlab.train=true ${EPOCHS:+-Dseqlab.epochs=$EPOCHS} ${WATCH_TAB:+-Dseqlab.watchTab=$WATCH_TAB} \
    -jar target/seqlab.jar > "$log" 2>&1 &
  disown
  for s in $(seq 1 120); do sleep 1; grep -q "training RUNNING" "$log" && break; done
  if [ "$interact" = "--interact" ]; then
    w=$(xdotool search --name "^SeqLab" | head -1)
    step=0
    while ! grep -q "training ended" "$log"; do
      act "$w" $step
      step=$((step + 1))
      sleep 1.5
    done
    echo "run $i: $step user actions"
  fi
  for s in $(seq 1 600); do grep -q "training ended" "$log" && break; sleep 1; done
  read -r steal1 total1 < <(cpu_times)
  kill "$sampler"
  sleep 1
  pkill -f "$pattern"; sleep 2; pkill -9 -f "$pattern" 2>/dev/null
  steal=$(awk -v s=$((steal1 - steal0)) -v t=$((total1 - total0)) 'BEGIN { printf "%.1f", 100 * s / t }')
  echo "run $i: steal ${steal}%; $(grep 'pulse monitor (training ended)' "$log")"
  steal_around_gaps "$log" "$out/steal-$i.txt"
done
echo "logs in $out"
