#!/bin/sh
# Directory search benchmark (see README.md). Run from the repository root: bench/groups/run.sh [services] [rounds]
set -e
./mvnw -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-groups/classpath.txt -Dmdep.includeScope=test
java -cp "target/classes:target/test-classes:$(cat target/bench-groups/classpath.txt)" \
  bench/groups/DirectorySearchBench.java "${1:-50000}" "${2:-300}"
