#!/bin/sh
# Runs the ledger benchmark beside pgbench on a fresh embedded PostgreSQL (see README.md).
# Usage: bench/timebank/run.sh [-Dseconds=20] [-Dthreads=8] [-DbatchSize=100] [-Dscale=10] [-DgroupMax=64] [-DgroupLeaders=2]
set -eu
cd "$(dirname "$0")/../.."
mkdir -p target/bench/classes
./mvnw -q compile dependency:build-classpath -Dmdep.outputFile=target/bench/classpath.txt -Dmdep.includeScope=runtime
CP="target/classes:$(cat target/bench/classpath.txt)"
javac --release 17 -d target/bench/classes -cp "$CP" bench/timebank/LedgerBench.java
exec java -cp "target/bench/classes:$CP" "$@" LedgerBench
