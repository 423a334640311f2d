#!/bin/bash
# Launches the workbench N times (default 20) on DISPLAY (default :99), each time training the toy sample
# (-Dseqlab.train=true), and counts the launches whose training had not ended after 30 s: a start-up hang.
# For each of those it saves all native thread stacks with gdb (apt-get install -y gdb) next to the logs.
# Run from the repository root after `mvn package`; Xvfb :99 must be running.
set -u
n=${1:-20}
out=${2:-$(mktemp -d)}
mkdir -p "$out"
hung=0
for i in $(seq 1 "$n"); do
  log="$out/launch-$i.txt"
  DISPLAY=${DISPLAY:-:99} java -Dseqlab.pulseMonitor=true -Dseqlab.train=true -jar target/seqlab.jar > "$log" 2>&1 &
  ok=0
  for s in $(seq 1 30); do
    sleep 1
    if grep -q "training ended" "$log"; then ok=1; break; fi
  done
  if [ $ok = 1 ]; then
    echo "launch $i: trained after ${s} s"
  else
    echo "launch $i: HUNG (stacks in $out)"
    hung=$((hung + 1))
    for p in $(pgrep -f "seqlab.pulseMonitor=true -Dseqlab.train=true"); do
      gdb -p "$p" -batch -ex "thread apply all bt 40" > "$out/launch-$i.$p.gdb" 2>&1
    done
  fi
  pkill -f "seqlab.pulseMonitor=true -Dseqlab.train=true"; sleep 2
  pkill -9 -f "seqlab.pulseMonitor=true -Dseqlab.train=true"; sleep 1
done
echo "hung: $hung of $n launches"
