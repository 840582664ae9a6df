#!/usr/bin/env bash
# The fault suite of issue 15 in one command: packages the application (skip with
# FAULTS_SKIP_PACKAGE=true when target/ already holds the jar of this source, as in CI after
# `mvn verify`), starts the local PostgreSQL cluster if it is down, runs the tests tagged "faults"
# (FaultSuiteTest, in this order: two nodes started at once on an empty database, R5 timers due
# during downtime on two nodes, R3 two nodes completing the same tasks and the review join, backup
# and restore, R1 FAULTS_KILLS SIGKILLs (default 5) while procurements are driven to their contract,
# and last R2 database restart under load, which waits while a PostgreSQL suite runs) and prints
# their numbers. FAULTS_ONLY=R1,R3 runs only the named scenarios (R1,
# R2, R3, R5, BACKUP). Needs PostgreSQL on 127.0.0.1:5432, trust authentication for user postgres,
# and for R2 the right to restart it with pg_ctlcluster (R2 stops and starts the server: other
# users of the same server lose their connections for a few seconds).
set -euo pipefail
cd "$(dirname "$0")/../.."

if [[ "${FAULTS_SKIP_PACKAGE:-false}" != true ]]; then
  echo "packaging the application (mvn -B -q package -DskipTests)"
  mvn -B -q package -DskipTests
fi
if ! pg_isready -h 127.0.0.1 -p 5432 -q; then
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql)" main start
  for _ in $(seq 1 30); do pg_isready -h 127.0.0.1 -p 5432 -q && break; sleep 1; done
fi

rm -f target/fault-suite/summary.txt
t0=$(date +%s)
rc=0
# R1 costs one restart (20-60 s) per kill; FAULTS_KILLS=0 leaves it out
mvn -B surefire:test -Pfault-suite -Dfaults.kills="${FAULTS_KILLS:-5}" -Dfaults.only="${FAULTS_ONLY:-}" || rc=$?
echo "::: fault suite numbers (target/fault-suite/summary.txt):"
cat target/fault-suite/summary.txt 2>/dev/null || echo "(none: the suite ended before its first check)"
echo "::: fault suite took $(( $(date +%s) - t0 )) s"
if [[ $rc -ne 0 ]]; then
  echo "::: fault suite FAILED: see target/surefire-reports/org.llmprocurement.faults.*.txt and -output.txt," \
    "and the nodes' logs in target/fault-suite/*.log"
fi
exit $rc
