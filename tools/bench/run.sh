#!/usr/bin/env bash
# The performance benchmark of issue 14 in one command: packages the product and the bare reference
# app (tools/bench/bare-app), starts both on fresh PostgreSQL databases (bench_product_<time>,
# bench_bare_<time>, dropped afterwards) on ports from 18080 up, drives both over REST with HTTP
# Basic, interleaved in blocks (org.llmprocurement.bench.BenchmarkRun, `mvn surefire:test -Pbench`),
# prints the ratios product/bare and writes the report.
#
#   tools/bench/run.sh                 full run: 1,000 live procurements, report docs/benchmarks.md
#   tools/bench/run.sh --with-10k      also the 10,000 step (47 minutes in all on the 2-core machine of
#                                      docs/benchmarks.md, most of it seeding through the API)
#   tools/bench/run.sh --smoke         CI's short variant: 50 live procurements, no 10,000 step, report
#                                      target/bench/benchmarks-smoke.md; fails when a measure is more than
#                                      twice its target (BENCH_GATE=warn only prints)
#   --label NAME                       the report's section (default "latest"; e.g. before, after)
#   --live N                           live procurements for the task-list step (default 1000)
#   --budget MIN                       stop starting new phases after MIN minutes (the report says what was cut)
#   -- -Dbench.X=...                   any further driver setting (see BenchmarkRun's Javadoc)
#
# Environment: BENCH_SKIP_PACKAGE=true when target/ already holds the jar of this source (CI after
# `mvn verify`); BENCH_JAVA_OPTS JVM options for both apps (default -Xmx512m, the product's documented
# heap, docs/operations.md "Memory"; set it empty for the JVM's own defaults).
# Needs PostgreSQL on 127.0.0.1:5432 with trust authentication for user postgres.
set -euo pipefail
cd "$(dirname "$0")/../.."

smoke=false
tenk=false
label=latest
live=1000
budget=0
extra=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --smoke) smoke=true ;;
    --with-10k) tenk=true ;;
    --label) label="$2"; shift ;;
    --live) live="$2"; shift ;;
    --budget) budget="$2"; shift ;;
    --) shift; extra=("$@"); break ;;
    *) echo "unknown option $1 (see the comment at the top of $0)" >&2; exit 2 ;;
  esac
  shift
done

t0=$(date +%s)
if [[ "${BENCH_SKIP_PACKAGE:-false}" != true ]]; then
  echo "packaging the product (mvn -B -q -DskipTests package)"
  mvn -B -q -DskipTests package
fi
echo "packaging the bare reference app (tools/bench/bare-app)"
mvn -B -q -f tools/bench/bare-app/pom.xml -DskipTests package
product_jar=$(ls target/llm-procurement-engine-*.jar | grep -v original | head -1)
bare_jar=tools/bench/bare-app/target/bare-engine-app.jar
if ! pg_isready -h 127.0.0.1 -p 5432 -q; then
  echo "PostgreSQL does not answer on 127.0.0.1:5432" >&2
  exit 1
fi

commit="$(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
if [[ -n "$(git status --porcelain 2>/dev/null | grep -v '^??' || true)" ]]; then commit="$commit (with uncommitted changes)"; fi
args=(-Dbench.productJar="$PWD/$product_jar" -Dbench.bareJar="$PWD/$bare_jar" -Dbench.commit="$commit"
  -Dbench.label="$label" -Dbench.live="$live" -Dbench.tenk="$tenk" -Dbench.budgetMinutes="$budget")
if [[ $smoke == true ]]; then
  args+=(-Dbench.smoke=true -Dbench.label=smoke -Dbench.live=50 -Dbench.sequential=20 -Dbench.lifecycles=4
    -Dbench.warmup=1 -Dbench.block=2 -Dbench.rounds=15 -Dbench.scaleLifecycles=0 -Dbench.tenk=false
    -Dbench.report=target/bench/benchmarks-smoke.md)
fi

mkdir -p target/bench
: > target/bench/progress.log
tail -n +1 -F target/bench/progress.log 2>/dev/null &
tail_pid=$!
rc=0
mvn -B -q surefire:test -Pbench "${args[@]}" ${extra[@]+"${extra[@]}"} || rc=$?
sleep 1
kill "$tail_pid" 2>/dev/null || true
echo "::: benchmark took $(( $(date +%s) - t0 )) s"
if [[ $rc -ne 0 ]]; then
  echo "::: benchmark FAILED: see target/surefire-reports/org.llmprocurement.bench.BenchmarkRun*.txt and the apps' logs" \
    "in target/bench/*.log"
fi
exit $rc
