#!/bin/sh
# Equal Shares against greedy on every shipped pabulib instance (see README.md).
# Run from the repository root: bench/budgets/run-tally.sh [folder] [repeats]
set -e
./mvnw -q compile
java -cp target/classes bench/budgets/EqualSharesBench.java "${1:-src/test/resources/pabulib}" "${2:-7}"
