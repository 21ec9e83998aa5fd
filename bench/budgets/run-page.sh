#!/bin/sh
# A budget round's page with 10,000 projects, over HTTP beside the same SQL on PostgreSQL (see README.md).
# Run from the repository root: bench/budgets/run-page.sh [projects] [requests]
set -e
./mvnw -q compile dependency:build-classpath -Dmdep.outputFile=target/bench-budgets/classpath.txt
java -cp "target/classes:$(cat target/bench-budgets/classpath.txt)" \
  bench/budgets/RoundPageBench.java "${1:-10000}" "${2:-300}"
