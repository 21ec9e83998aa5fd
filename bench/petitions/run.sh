#!/usr/bin/env bash
# The petition surge benchmark (bench/petitions/README.md). Usage, from the repository root:
#   bench/petitions/run.sh [measured-seconds=60] [concurrent-signers=64] [warm-up-seconds=10]
# BENCH_NO_BUILD=1 reuses target/bigsociety.jar; BENCH_EXTRA_ARGS="--some.property=value" tries a setting;
# BENCH_JAVA_OPTS="-XX:StartFlightRecording=filename=target/bench-petitions/app.jfr" adds JVM options (a profile).
# Builds the application, starts it on a fresh embedded PostgreSQL with the bench-only settings below, measures the
# database's own insert rate with pgbench, then drives the signing surge over HTTP and checks the database.
set -euo pipefail
cd "$(dirname "$0")/../.."

MEASURED=${1:-60}
CLIENTS=${2:-64}
WARMUP=${3:-10}
PORT=${BENCH_PORT:-18433}
OUT=target/bench-petitions
DATA=$OUT/postgres
PGJAR=$(ls ~/.m2/repository/org/postgresql/postgresql/*/postgresql-*.jar | grep -v sources | sort -V | tail -1)
mkdir -p "$OUT"

if [ -z "${BENCH_NO_BUILD:-}" ]; then
  ./mvnw -q -o package -DskipTests
fi
JAR=target/bigsociety.jar

# Bench-only settings, never in the default configuration: signing without a CSRF token (a load driver does not fetch
# the form first), no per-address rate limit (every request comes from 127.0.0.1), and no per-request log line.
java -Xmx1g ${BENCH_JAVA_OPTS:-} -jar "$JAR" \
  --server.port="$PORT" \
  --bigsociety.embedded.data-dir="$DATA" --bigsociety.embedded.clean=true \
  --bigsociety.petitions.bench.skip-csrf-on-signing=true \
  --bigsociety.petitions.signing.per-address=1000000000 \
  --logging.level.org.bigsociety.request=warn \
  --logging.level.org.springframework.context.support.ResourceBundleMessageSource=error \
  ${BENCH_EXTRA_ARGS:-} \
  > "$OUT/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null; wait $APP 2>/dev/null || true' EXIT

for _ in $(seq 1 360); do
  if curl -fs -o /dev/null "http://localhost:$PORT/petitions/1.json"; then break; fi
  sleep 0.5
done
curl -fs -o /dev/null "http://localhost:$PORT/petitions/1.json" || { echo "the application did not start: $OUT/app.log"; exit 1; }
PGPORT=$(sed -n 4p "$DATA/postmaster.pid")
echo "application on port $PORT, embedded PostgreSQL on port $PGPORT ($(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg))"

psql -q -h localhost -p "$PGPORT" -U postgres -d postgres -c "
  CREATE SCHEMA IF NOT EXISTS bench;
  CREATE TABLE IF NOT EXISTS bench.pgbench_signature (id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    petition_id BIGINT NOT NULL, email TEXT NOT NULL, name TEXT NOT NULL, postcode TEXT NOT NULL,
    signed_at TIMESTAMP WITH TIME ZONE NOT NULL);"
pgbench -n -c 10 -j 2 -T 20 -f bench/petitions/insert.sql -h localhost -p "$PGPORT" -U postgres postgres \
  > "$OUT/pgbench.log" 2>&1
PGBENCH_TPS=$(grep -Eo 'tps = [0-9.]+' "$OUT/pgbench.log" | tail -1 | cut -d' ' -f3)
echo "pgbench: $PGBENCH_TPS insert transactions per second (10 clients, one row per transaction, 20 s)"

# CPU time (user + system, in clock ticks) of the application and of the PostgreSQL server and its backends: the
# machine is shared, so the figure per CPU-second says what the code costs whatever else is running.
ticks_of() {
  local total=0
  for pid in "$@"; do
    if [ -r "/proc/$pid/stat" ]; then
      total=$((total + $(awk '{print $14 + $15}' "/proc/$pid/stat")))
    fi
  done
  echo "$total"
}
app_ticks() { ticks_of "$APP"; }
db_ticks() {
  local server; server=$(sed -n 1p "$DATA/postmaster.pid")
  ticks_of "$server" $(pgrep -P "$server" | tr '\n' ' ')
}
cpu_ticks() { echo $(( $(app_ticks) + $(db_ticks) )); }
# Counted from the end of the warm-up (JIT compilation is not the code's cost), to the end of the drain and check.
rm -f "$OUT/cpu-at-warm-up"
( sleep "$WARMUP"; echo "$(app_ticks) $(db_ticks)" > "$OUT/cpu-at-warm-up" ) &
/usr/bin/time -f "%U %S %e" -o "$OUT/driver.time" java -cp "$PGJAR" bench/petitions/SurgeDriver.java "http://localhost:$PORT" \
  "jdbc:postgresql://localhost:$PGPORT/postgres" "$MEASURED" "$CLIENTS" "$WARMUP" | tee "$OUT/driver.log"
read -r APP_BEFORE DB_BEFORE < "$OUT/cpu-at-warm-up"
RATE=$(grep '^RATE' "$OUT/driver.log" | cut -d' ' -f2)
ALL=$(grep '^AFTER_WARM_UP' "$OUT/driver.log" | cut -d' ' -f2)
APP_CPU=$(awk -v t=$(( $(app_ticks) - APP_BEFORE )) -v hz="$(getconf CLK_TCK)" 'BEGIN { printf "%.1f", t / hz }')
DB_CPU=$(awk -v t=$(( $(db_ticks) - DB_BEFORE )) -v hz="$(getconf CLK_TCK)" 'BEGIN { printf "%.1f", t / hz }')
CPU_SECONDS=$(awk -v a="$APP_CPU" -v d="$DB_CPU" 'BEGIN { printf "%.1f", a + d }')
read -r DRIVER_USER DRIVER_SYSTEM DRIVER_SECONDS < "$OUT/driver.time"
DRIVER_CPU=$(awk -v u="$DRIVER_USER" -v s="$DRIVER_SYSTEM" 'BEGIN { printf "%.1f", u + s }')

# The framework's floor, measured after the surge so the server is as warm: the lightest request there is, from as
# many clients, for 20 s.
java -cp "$PGJAR" bench/petitions/SurgeDriver.java floor "http://localhost:$PORT" 20 "$CLIENTS" > "$OUT/floor.log" 2>&1
FLOOR=$(grep '^FLOOR' "$OUT/floor.log" | cut -d' ' -f2)
echo "floor: $FLOOR liveness probes per second ($CLIENTS clients, 20 s): the most any two-request signature could reach is half that"

echo
awk -v rate="$RATE" -v tps="$PGBENCH_TPS" -v floor="${FLOOR:-0}" -v all="$ALL" -v cpu="$CPU_SECONDS" -v appcpu="$APP_CPU" -v dbcpu="$DB_CPU" -v drvcpu="$DRIVER_CPU" -v drvsecs="$DRIVER_SECONDS" -v cores="$(nproc)" \
  -v load="$(cut -d' ' -f1-3 /proc/loadavg)" 'BEGIN {
  printf "sustained: %.0f confirmed signatures per second (each a signing POST and a confirmation GET)\n", rate;
  printf "  = %.1f x the 33 per second that took the Parliament petitions site down in March 2019\n", rate / 33;
  printf "  = %.4f x pgbench insert transactions per second on the same database in the same run (%.0f)\n", rate / tps, tps;
  printf "target 2000 per second: %s\n", (rate >= 2000) ? "met" : "NOT met";
  if (floor > 0) {
    printf "  = %.2f x half the framework floor (%.0f liveness probes per second, so at most %.0f two-request signatures)\n", rate / (floor / 2), floor, floor / 2;
  }
  if (cpu > 0) {
    printf "cost after the warm-up: %d confirmed signatures for %.1f CPU-seconds of application and database = %.0f per CPU-second\n", all, cpu, all / cpu;
    printf "  (application %.1f CPU-s = %.0f per CPU-second, PostgreSQL %.1f CPU-s = %.0f per CPU-second)\n", appcpu, all / appcpu, dbcpu, all / dbcpu;
    printf "  the driver itself used %.1f CPU-s in its %.0f s (warm-up included) on the same cores\n", drvcpu, drvsecs;
    printf "  so %d dedicated cores would sustain about %.0f per second (load average now %s)\n", cores, all / cpu * cores, load;
  }
}'
grep -E '^CHECK' "$OUT/driver.log"
