#!/usr/bin/env bash
# Benchmark of the annual computation (ASM-2, SCO-A1..A3) — not part of `./mvnw verify`.
# Starts the application with the demo data on a fresh embedded PostgreSQL (target/bench-annual-postgres),
# posts 10 000 more people across the demo region for last year with a year of records, and prints
# how long every person's sheet, every team's sheet and the region's grade proposals take.
#
#   bench/annual.sh                   # 10 000 people, 3 measured rounds
#   PEOPLE=2000 ROUNDS=5 bench/annual.sh
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt \
    -Dmdep.includeScope=test
exec java -Xmx2g -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
    -Dbench.people="${PEOPLE:-10000}" -Dbench.rounds="${ROUNDS:-3}" org.zhucun.bench.AnnualAssessmentBenchmark
