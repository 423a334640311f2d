#!/bin/bash
# Pulse gaps while the workbench trains MovieLens small for EPOCHS (default 2) with the Trace tab shown and a
# scripted user (xdotool) typing a 20-item prefix into the Trace tab's prefix field, one character every 150 ms,
# again and again until training ends. Prints the pulse monitor's summary and every gap over 50 ms.
#   bash src/bench/trace_typing.sh
# Needs `mvn package` first, an X server on DISPLAY (default :99: `Xvfb :99 -screen 0 1600x1000x24 &`) and xdotool.
# The prefix field is clicked at (430, 143) of the default 1200 x 780 window.
set -u
cd "$(dirname "$0")/../.."
export DISPLAY=${DISPLAY:-:99}
out=$(mktemp -d)
log="$out/trace-typing.log"
java -Dseqlab.pulseMonitor=true -Dseqlab.sample=movielens -Dseqlab.train=true -Dseqlab.epochs="${EPOCHS:-2}" \
  -Dseqlab.watchTab=trace -Duser.home="$out/home" -jar target/seqlab.jar > "$log" 2>&1 &
for s in $(seq 1 120); do sleep 1; grep -aq "training RUNNING" "$log" && break; done
sleep 2
w=$(xdotool search --name "^SeqLab" | head -1)
prefix="1 260 296 318 356 480 527 589 593 1196 1210 2571 110 2858 50 47 780 608 4993 5952"
n=0
while ! grep -aq "training ended" "$log"; do
  xdotool mousemove --window "$w" 430 143 click --repeat 3 1 key ctrl+a BackSpace
  xdotool type --delay 150 "$prefix"
  n=$((n + 1))
  sleep 1
done
echo "typed the prefix $n times"
grep -a "pulse monitor (training ended)\|at uptime" "$log"
grep -a "^pulse gap" "$log" | cut -c1-200
pkill -f "seqlab.watchTab=trace"; sleep 2; pkill -9 -f "seqlab.watchTab=trace" 2>/dev/null
echo "log in $log"
