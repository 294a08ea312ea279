#!/usr/bin/env bash
# Benchmark of the attendance register and of phone check-in (ATT-8, ATT-9) — not part of `./mvnw verify`.
# Starts the application with the demo data on a fresh embedded PostgreSQL (target/bench-postgres),
# posts 500 more people in 沙湖县 through the services, and prints a table of timings.
#
#   bench/run.sh                       # 500 people, 8 clients, 2000 check-ins
#   PEOPLE=500 CLIENTS=16 REQUESTS=4000 ROUNDS=10 bench/run.sh
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt \
    -Dmdep.includeScope=test
exec java -Xmx1g -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
    -Dbench.people="${PEOPLE:-500}" -Dbench.clients="${CLIENTS:-8}" -Dbench.requests="${REQUESTS:-2000}" \
    -Dbench.rounds="${ROUNDS:-10}" org.zhucun.bench.ZhucunBenchmark
