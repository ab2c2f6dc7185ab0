#!/usr/bin/env bash
# Measures the people directory, its API and the coverage page on an organization 100 times the demo
# (15,000 people, 1,100 units, 2,500 leaders) on the embedded database. Prints p50/p95/max per endpoint.
#   bench/directory.sh [size] [requests-per-endpoint]
set -euo pipefail
cd "$(dirname "$0")/.."
SIZE=${1:-100}
N=${2:-200}
PORT=18080
WORK=$(mktemp -d)
trap 'kill "$PID" 2>/dev/null || true; rm -rf "$WORK"' EXIT

[ -f target/agora-0.1.0-SNAPSHOT.jar ] || ./mvnw -q -DskipTests package
java -jar target/agora-0.1.0-SNAPSHOT.jar --server.port=$PORT --agora.demo.size="$SIZE" \
  --spring.datasource.url="jdbc:h2:file:$WORK/agora;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;QUERY_CACHE_SIZE=128;WRITE_DELAY=0" \
  --logging.level.root=warn --logging.level.org.agora=info > "$WORK/app.log" 2>&1 &
PID=$!
for _ in $(seq 1 240); do grep -q "Demo community loaded" "$WORK/app.log" && break; sleep 1; done
grep -o "Demo community loaded in [0-9]* ms: [^.]*" "$WORK/app.log"

BASE=http://localhost:$PORT
JAR="$WORK/cookies"
TOKEN=$(curl -s -c "$JAR" -b "$JAR" "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | sed -n 1p | sed 's/.*value="//;s/"$//')
curl -s -c "$JAR" -b "$JAR" -o /dev/null -d "username=manager@agora.example&password=agora-demo-2026&_csrf=$TOKEN" "$BASE/login"
UNIT=$(curl -s -b "$JAR" "$BASE/api/v1/units" | grep -o '"id":[0-9]*' | sed -n 1p | cut -d: -f2)

measure() {
  local label=$1 url=$2
  for _ in $(seq 1 10); do curl -s -b "$JAR" -o /dev/null "$BASE$url"; done
  for _ in $(seq 1 "$N"); do curl -s -b "$JAR" -o /dev/null -w "%{time_total}\n" "$BASE$url"; done | sort -n |
    awk -v label="$label" '{ t[NR] = $1 * 1000 } END {
      printf "%-34s p50 %7.1f ms   p95 %7.1f ms   max %7.1f ms\n", label, t[int(NR * 0.5)], t[int(NR * 0.95)], t[NR] }'
}

echo "size $SIZE, $N requests per endpoint, one client"
measure "API people, name search"       "/api/v1/people?q=cohen"
measure "API people, role filter"       "/api/v1/people?role=KNOWLEDGE_LEADER"
measure "API people, expertise filter"  "/api/v1/people?expertise=hydrology&page=3"
measure "page people, division filter"  "/people?unit=$UNIT"
measure "page coverage (all units)"     "/leaders/coverage"
measure "page nominations"              "/nominations"
