#!/usr/bin/env bash
# Times javac over generated corpora, with the yieldj processor and without it.
#
#   with      javac -processorpath yieldj-processor.jar        user sources
#   without   javac -proc:none   user sources + the sources a -proc:only run generated once
#   proc-only javac -proc:only   user sources (the processor's rounds alone, no class files)
#
# "without" compiles exactly what "with" compiles, minus the processor: the fair baseline.
# Each configuration runs REPS times, interleaved, under /usr/bin/time -v; the median is printed
# with min and max (the noise), and the CPU time (user + system, all threads), which depends less
# on what else runs on the machine. PROCS="a=x.jar b=y.jar" compares processor jars, back to back. Build the jars first:
#   mvn -B -ntp -q -pl processor -am package -DskipTests
# usage: measure.sh [REPS] [N...]     (default: 3 200 2000)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
reps=${1:-3}; shift || true
if [ $# -gt 0 ]; then sizes=("$@"); else sizes=(200 2000); fi
built=$(ls "$root"/processor/target/yieldj-processor-*.jar | grep -v -e sources -e javadoc -e original | head -1)
procs=(${PROCS:-"=$built"}) # label=jar ...; each label's runs are named with-label, proc-only-label
ann=$(ls "$root"/annotations/target/yieldj-annotations-*.jar | grep -v -e sources -e javadoc | head -1)
work=${WORK:-/tmp/yieldj-compile-time}
javac=${JAVAC:-javac}

run() { # name args...: one timed javac run, appends "name wall_s maxrss_kb cpu_s" to $results
  local name=$1 out=$work/$n/out-$1; shift
  rm -rf "$out"; mkdir -p "$out/classes" "$out/gen"
  /usr/bin/time -v "$javac" -nowarn -cp "$ann" -d "$out/classes" -s "$out/gen" "$@" 2> "$out.time" > "$out.log" \
    || { cat "$out.time" "$out.log" >&2; exit 1; }
  python3 - "$out.time" "$name" >> "$results" <<'PY'
import re, sys
text = open(sys.argv[1]).read()
wall = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (\S+)", text).group(1)
seconds = sum(float(part) * 60 ** i for i, part in enumerate(reversed(wall.split(":"))))
rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", text).group(1))
cpu = sum(float(re.search(rf"{kind} time \(seconds\): (\S+)", text).group(1)) for kind in ("User", "System"))
print(sys.argv[2], seconds, rss, cpu)
PY
}

for n in "${sizes[@]}"; do
  rm -rf "${work:?}/$n"; mkdir -p "$work/$n"
  python3 "$here/corpus.py" "$n" "$work/$n"
  find "$work/$n/src" -name '*.java' > "$work/$n/sources"
  # the generated sources, written once, for the baseline
  mkdir -p "$work/$n/gen"
  "$javac" -nowarn -cp "$ann" -processorpath "${procs[0]#*=}" -proc:only -s "$work/$n/gen" @"$work/$n/sources"
  find "$work/$n/gen" -name '*.java' > "$work/$n/generated"
  cat "$work/$n/sources" "$work/$n/generated" > "$work/$n/all"
  lines=$(cat $(cat "$work/$n/generated") | wc -l)
  results=$work/$n/results; : > "$results"
  for r in $(seq "$reps"); do
    for p in "${procs[@]}"; do
      label=${p%%=*}; label=${label:+-$label}
      run "with$label" -processorpath "${p#*=}" @"$work/$n/sources"
    done
    run without -proc:none @"$work/$n/all"
    for p in "${procs[@]}"; do
      label=${p%%=*}; label=${label:+-$label}
      run "proc-only$label" -processorpath "${p#*=}" -proc:only @"$work/$n/sources"
    done
  done
  python3 "$here/summary.py" "$results" "$n" "$lines"
done
