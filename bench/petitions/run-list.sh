#!/bin/sh
# The open petitions list with 10,000 petitions, over HTTP beside the same SQL on PostgreSQL (see README.md).
# Run from the repository root: bench/petitions/run-list.sh [petitions] [requests]
set -e
mkdir -p target/bench-petitions-list
./mvnw -q compile dependency:build-classpath -Dmdep.outputFile=target/bench-petitions-list/classpath.txt
java -cp "target/classes:$(cat target/bench-petitions-list/classpath.txt)" \
  bench/petitions/ListPageBench.java "${1:-10000}" "${2:-300}"
