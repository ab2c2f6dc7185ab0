#!/usr/bin/env bash
# Measures the calendar's pages and API with many events on the embedded database: creates EVENTS events
# through the API, spread over the next two years (a third for all employees, the rest for leaders; the
# manager registers for every fourth), then prints p50/p95/max per endpoint.
#   bench/calendar.sh [events] [requests-per-endpoint]
set -euo pipefail
cd "$(dirname "$0")/.."
EVENTS=${1:-2000}
N=${2:-200}
PORT=18081
WORK=$(mktemp -d)
trap 'kill "$PID" 2>/dev/null || true; rm -rf "$WORK"' EXIT

[ -f target/agora-0.1.0-SNAPSHOT.jar ] || ./mvnw -q -DskipTests package
java -jar target/agora-0.1.0-SNAPSHOT.jar --server.port=$PORT --agora.calendar.jobs-initial-delay=PT12H \
  --spring.datasource.url="jdbc:h2:file:$WORK/agora;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;QUERY_CACHE_SIZE=128;WRITE_DELAY=0;LOCK_TIMEOUT=10000" \
  --logging.level.root=warn --logging.level.org.agora=info > "$WORK/app.log" 2>&1 &
PID=$!
for _ in $(seq 1 240); do grep -q "Demo calendar written" "$WORK/app.log" && break; sleep 1; done

BASE=http://localhost:$PORT
JAR="$WORK/cookies"
TOKEN=$(curl -s -c "$JAR" -b "$JAR" "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | sed -n 1p | sed 's/.*value="//;s/"$//')
curl -s -c "$JAR" -b "$JAR" -o /dev/null -d "username=manager@agora.example&password=agora-demo-2026&_csrf=$TOKEN" "$BASE/login"
API_TOKEN=$(curl -s -c "$JAR" -b "$JAR" "$BASE/me" | grep -o 'name="_csrf" value="[^"]*"' | sed -n 1p | sed 's/.*value="//;s/"$//')
BEARER=$(curl -s -c "$JAR" -b "$JAR" -d "name=bench&_csrf=$API_TOKEN" "$BASE/me/tokens" | grep -o 'agora_[A-Za-z0-9_-]*' | sed -n 1p)

start=$(date +%s)
for i in $(seq 1 "$EVENTS"); do
  day=$(date -u -d "today +$(( 1 + i * 730 / EVENTS )) days" +%Y-%m-%d)
  audience=$([ $((i % 3)) -eq 0 ] && echo EMPLOYEES || echo LEADERS)
  capacity=$([ $((i % 5)) -eq 0 ] && echo '"capacity":"1",' || echo '"capacity":"40",')
  location=$(curl -s -o /dev/null -w '%header{location}' -H "Authorization: Bearer $BEARER" -H 'Content-Type: application/json' \
    -d "{\"title\":\"Bench event $i\",\"type\":\"LECTURE\",\"start\":\"${day}T14:00\",\"end\":\"${day}T15:30\",\"timeZone\":\"Asia/Jerusalem\",\"location\":\"Hall $((i % 7))\",$capacity\"audience\":\"$audience\",\"tags\":\"bench, t$((i % 20))\"}" \
    "$BASE/api/v1/events" || true)
  case "$location" in /*) location="$BASE$location" ;; esac
  if [ $((i % 4)) -eq 0 ] && [ -n "$location" ]; then
    curl -s -o /dev/null -X POST -H "Authorization: Bearer $BEARER" "$location/registration" || true
  fi
done
echo "$EVENTS events requested in $(( $(date +%s) - start )) s;" \
  "$(curl -s -H "Authorization: Bearer $BEARER" "$BASE/api/v1/events?size=1&to=2999-12-31" | grep -o '"total":[0-9]*') upcoming;" \
  "$(curl -s -b "$JAR" "$BASE/api/v1/calendar/mine" | grep -o '"status":"[A-Z]*"' | sort | uniq -c | tr -s ' \n' ' ')"

measure() {
  local label=$1 url=$2
  for _ in $(seq 1 10); do curl -s -b "$JAR" -o /dev/null "$BASE$url"; done
  for _ in $(seq 1 "$N"); do curl -s -b "$JAR" -o /dev/null -w "%{time_total}\n" "$BASE$url"; done | sort -n |
    awk -v label="$label" '{ t[NR] = $1 * 1000 } END {
      printf "%-34s p50 %7.1f ms   p95 %7.1f ms   max %7.1f ms\n", label, t[int(NR * 0.5)], t[int(NR * 0.95)], t[NR] }'
}

YEAR=$(date -u +%Y)
MONTH=$(date -u -d "today +60 days" +%Y-%m)
echo "$N requests per endpoint, one client"
measure "page upcoming"                "/calendar"
measure "page upcoming, tag filter"    "/calendar?tag=t7"
measure "page month"                   "/calendar/month?month=$MONTH"
measure "page quarters"                "/calendar/quarters?year=$((YEAR + 1))"
measure "page my events"               "/calendar/mine"
measure "API events, next 90 days"     "/api/v1/events?from=$(date -u +%Y-%m-%d)&to=$(date -u -d 'today +90 days' +%Y-%m-%d)"
measure "page event"                   "/calendar/events/20"
