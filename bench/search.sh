#!/usr/bin/env bash
# Search under concurrent load, on the index of a demo community of the given size (150 people each, plus the demo's
# threads, articles, events and lessons): size 67 indexes about 10,000 items, size 667 about 100,000.
# Starts Agora on a fresh embedded database and a fresh index, waits for the index to be built, loads the search API
# with a mix of English, Hebrew, misspelt and two-word queries as an employee (access token), and then measures how
# long a new thread takes from its commit (the API's answer) to its first appearance in search.
#   [WARMUP=seconds] bench/search.sh [size] [seconds-per-run] [connections]
# Needs wrk (Debian: apt-get install -y wrk). AGORA_ARGS adds options to Agora's command line, JAVA_OPTS to the JVM's.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
SIZE=${1:-67}
DURATION=${2:-20}
CONNECTIONS=${3:-16}
WARMUP=${WARMUP:-60}
THREADS=2
PORT=18083
for tool in wrk python3 curl; do
  command -v "$tool" > /dev/null || { echo "$tool is missing (apt-get install -y wrk python3 curl)" >&2; exit 1; }
done
WORK=$(mktemp -d)
trap 'kill "$PID" 2>/dev/null || true; rm -rf "$WORK"' EXIT

[ -f target/agora-0.1.0-SNAPSHOT.jar ] || ./mvnw -q -DskipTests package
java ${JAVA_OPTS:-} -jar target/agora-0.1.0-SNAPSHOT.jar --server.port=$PORT --agora.demo.size="$SIZE" \
  --agora.calendar.jobs-initial-delay=PT12H --agora.radar.fetch-initial-delay=PT12H \
  --agora.discussions.posts-per-ten-minutes=100000 --agora.search.directory="$WORK/search" \
  --spring.datasource.url="jdbc:h2:file:$WORK/agora;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;QUERY_CACHE_SIZE=128;WRITE_DELAY=0;LOCK_TIMEOUT=10000" \
  --logging.level.root=warn --logging.level.org.agora=info ${AGORA_ARGS:-} > "$WORK/app.log" 2>&1 &
PID=$!
BASE=http://localhost:$PORT
for _ in $(seq 1 900); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/actuator/health/readiness")" = 200 ] && break
  kill -0 "$PID" 2>/dev/null || break
  sleep 1
done
if [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/actuator/health/readiness")" != 200 ]; then
  echo "Agora did not start:" >&2
  tail -n 40 "$WORK/app.log" >&2
  exit 1
fi
grep -o "Demo community loaded in [0-9]* ms: [^.]*" "$WORK/app.log" || true

# signs in and prints an access token: token EMAIL
token() {
  local jar="$WORK/$1.cookies" csrf
  csrf=$(curl -s -c "$jar" -b "$jar" "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | sed -n 1p | sed 's/.*value="//;s/"$//')
  curl -s -c "$jar" -b "$jar" -o /dev/null -d "username=$1&password=agora-demo-2026&_csrf=$csrf" "$BASE/login"
  csrf=$(curl -s -c "$jar" -b "$jar" "$BASE/me" | grep -o 'name="_csrf" value="[^"]*"' | sed -n 1p | sed 's/.*value="//;s/"$//')
  curl -s -c "$jar" -b "$jar" -d "name=bench&_csrf=$csrf" "$BASE/me/tokens" | grep -o 'agora_[A-Za-z0-9_-]*' | sed -n 1p
}
ADMIN_TOKEN=$(token admin@agora.example)
EMPLOYEE_TOKEN=$(token employee@agora.example)
LEADER_TOKEN=$(token leader@agora.example)
json() { python3 -c "import json,sys; d=json.load(sys.stdin); print($1)"; }

# the index is built in the background after start-up: wait for it
for _ in $(seq 1 1800); do
  STATUS=$(curl -s -H "Authorization: Bearer $ADMIN_TOKEN" "$BASE/api/v1/search/rebuild")
  [ "$(echo "$STATUS" | json 'int(not d["running"] and d["finishedAt"] is not None)')" = 1 ] && break
  sleep 1
done
echo "$STATUS" | json "'index built: ' + ', '.join(str(t['done']) + ' ' + t['type'] for t in d['types']) + ' from ' + d['startedAt'] + ' to ' + d['finishedAt']"
ITEMS=$(echo "$STATUS" | json 'sum(t["done"] for t in d["types"])')

# the queries, in turn: everyday words, Hebrew with prefixes, a misspelling, two words, a name
cat > "$WORK/queries.lua" <<'LUA'
local queries = { "knowledge", "interview", "%D7%91%D7%9E%D7%A4%D7%AA%20%D7%94%D7%99%D7%93%D7%A2", "pumping%20station",
  "knowlege", "lessons%20learned", "retention", "%D7%94%D7%9E%D7%95%D7%9E%D7%97%D7%99%D7%9D", "control%20room", "cohen" }
local i = 0
request = function()
  i = i % #queries + 1
  return wrk.format("GET", "/api/v1/search?q=" .. queries[i])
end
LUA

# runs wrk and prints "requests/s p50-ms p99-ms non-2xx": load SECONDS
load() {
  wrk -t$THREADS -c"$CONNECTIONS" -d"$1s" --latency -s "$WORK/queries.lua" -H "Authorization: Bearer $EMPLOYEE_TOKEN" "$BASE" |
    wrk_figures
}

echo "first answers: $(curl -s -H "Authorization: Bearer $EMPLOYEE_TOKEN" "$BASE/api/v1/search?q=knowledge" | json "str(d['total']) + ' hits for knowledge'")"
load "$WARMUP" > /dev/null
read -r RPS P50 P99 BAD < <(load "$DURATION")

# from commit to searchable: the thread API answers after its commit; then search until the new word is found
LOBBY=$(curl -s -H "Authorization: Bearer $LEADER_TOKEN" "$BASE/api/v1/spaces" |
  json 'next(s["slug"] for s in (d if isinstance(d, list) else d["items"]) if s["kind"] == "LOBBY")')
VISIBLE=$(BASE=$BASE LOBBY=$LOBBY LEADER=$LEADER_TOKEN EMPLOYEE=$EMPLOYEE_TOKEN python3 - <<'PY'
import json, os, random, string, time, urllib.request
base, lobby = os.environ["BASE"], os.environ["LOBBY"]
def call(method, path, token, body=None):
    req = urllib.request.Request(base + path, method=method, data=None if body is None else json.dumps(body).encode(),
                                 headers={"Authorization": "Bearer " + token, "Content-Type": "application/json"})
    with urllib.request.urlopen(req) as r:
        return json.load(r) if r.headers.get("Content-Type", "").startswith("application/json") else None
times = []
for n in range(20):
    word = "zq" + "".join(random.choice(string.ascii_lowercase) for _ in range(10))
    call("POST", "/api/v1/threads", os.environ["LEADER"], {"space": lobby, "kind": "DISCUSSION",
         "title": f"Shift handover notes {n} {word}", "body": "What the night shift should know.", "tags": []})
    start = time.monotonic()
    while call("GET", "/api/v1/search?q=" + word, os.environ["EMPLOYEE"])["total"] == 0:
        if time.monotonic() - start > 30:
            raise SystemExit(f"{word} was not searchable after 30 s")
        time.sleep(0.005)
    times.append((time.monotonic() - start) * 1000)
times.sort()
print(f"{times[len(times) // 2]:.0f} {times[-1]:.0f}")
PY
)
read -r VISIBLE_P50 VISIBLE_MAX <<< "$VISIBLE"

echo "wrk -t$THREADS -c$CONNECTIONS -d${DURATION}s on loopback after ${WARMUP}s of warm-up, $(nproc) cores, $(java -version 2>&1 | sed -n 1p)"
printf '%-34s %10s %10s %10s %8s\n' "" "req/s" "p50 ms" "p99 ms" "non-2xx"
printf '%-34s %10s %10s %10s %8s\n' "search API, $ITEMS items" "$RPS" "$P50" "$P99" "$BAD"
echo "commit to searchable (20 new threads): median $VISIBLE_P50 ms, slowest $VISIBLE_MAX ms"
