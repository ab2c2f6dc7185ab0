#!/usr/bin/env bash
# The thread page under concurrent load, beside nginx serving a saved copy of the same bytes in the same run.
# Starts Agora on a fresh embedded database with the demo community, creates a question with 50 answers through the
# API (51 posts: page 1 shows the question and 20 answers), then loads page 1 as a signed-in member (HTML, session
# cookie) and its JSON twin (access token) with wrk, and the saved bytes of each from nginx.
#   [WARMUP=seconds] bench/discussions.sh [seconds-per-run] [connections]
# Needs wrk and nginx (Debian: apt-get install -y wrk nginx-light). AGORA_ARGS adds options to Agora's command line, JAVA_OPTS to the JVM's.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
DURATION=${1:-20}
CONNECTIONS=${2:-16}
# the JIT compiles the hot paths for the first minutes under load; measured before that, the figures are a third of
# the steady ones. Warm-up goes on in rounds of 30 s until the page's last three rounds agree within 5% and the
# compiler has nothing left to do (at least WARMUP seconds, at most WARMUP_MAX).
WARMUP=${WARMUP:-90}
WARMUP_MAX=${WARMUP_MAX:-420}
THREADS=2
PORT=18082
NGINX_PORT=18092
for tool in wrk nginx python3 curl; do
  command -v "$tool" > /dev/null || { echo "$tool is missing (apt-get install -y wrk nginx-light python3 curl)" >&2; exit 1; }
done
WORK=$(mktemp -d)
NGINX_PID=""
trap 'kill "$PID" 2>/dev/null || true; [ -n "$NGINX_PID" ] && kill "$NGINX_PID" 2>/dev/null; rm -rf "$WORK"' EXIT

[ -f target/agora-0.1.0-SNAPSHOT.jar ] || ./mvnw -q -DskipTests package
java ${JAVA_OPTS:-} -jar target/agora-0.1.0-SNAPSHOT.jar --server.port=$PORT --agora.calendar.jobs-initial-delay=PT12H \
  --agora.radar.fetch-initial-delay=PT12H --agora.discussions.posts-per-ten-minutes=1000 \
  --spring.datasource.url="jdbc:h2:file:$WORK/agora;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;QUERY_CACHE_SIZE=128;WRITE_DELAY=0;LOCK_TIMEOUT=10000" \
  --logging.level.root=warn ${AGORA_ARGS:-} > "$WORK/app.log" 2>&1 &
PID=$!
BASE=http://localhost:$PORT
for _ in $(seq 1 240); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/actuator/health/readiness")" = 200 ] && break
  kill -0 "$PID" 2>/dev/null || break
  sleep 1
done
if [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/actuator/health/readiness")" != 200 ]; then
  echo "Agora did not start:" >&2
  tail -n 40 "$WORK/app.log" >&2
  exit 1
fi

# signs in, prints the session cookie and an access token: sign_in EMAIL
sign_in() {
  local jar="$WORK/$1.cookies" csrf
  csrf=$(curl -s -c "$jar" -b "$jar" "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | sed -n 1p | sed 's/.*value="//;s/"$//')
  curl -s -c "$jar" -b "$jar" -o /dev/null -d "username=$1&password=agora-demo-2026&_csrf=$csrf" "$BASE/login"
  csrf=$(curl -s -c "$jar" -b "$jar" "$BASE/me" | grep -o 'name="_csrf" value="[^"]*"' | sed -n 1p | sed 's/.*value="//;s/"$//')
  printf '%s %s\n' "$(awk '$6 == "SESSION" { print $7 }' "$jar")" \
    "$(curl -s -c "$jar" -b "$jar" -d "name=bench&_csrf=$csrf" "$BASE/me/tokens" | grep -o 'agora_[A-Za-z0-9_-]*' | sed -n 1p)"
}
read -r LEADER_SESSION LEADER_TOKEN < <(sign_in leader@agora.example)
read -r _ MANAGER_TOKEN < <(sign_in manager@agora.example)
read -r _ EMPLOYEE_TOKEN < <(sign_in employee@agora.example)

json() { python3 -c "import json,sys; d=json.load(sys.stdin); print($1)"; }
LOBBY=$(curl -s -H "Authorization: Bearer $LEADER_TOKEN" "$BASE/api/v1/spaces" |
  json 'next(s["slug"] for s in (d if isinstance(d, list) else d["items"]) if s["kind"] == "LOBBY")')
BODY='We mapped the critical knowledge of the **desalination control room** last quarter. Three things worked:\n\n1. Start from the decisions people make, not from documents.\n2. Interview the two senior operators first, then check with the shift leads.\n3. Keep the map in the [knowledge base](https://example.org/km) and review it every quarter.\n\nWhat would you add?'
LOCATION=$(curl -s -o /dev/null -w '%header{location}' -H "Authorization: Bearer $LEADER_TOKEN" -H 'Content-Type: application/json' \
  -d "{\"space\":\"$LOBBY\",\"kind\":\"QUESTION\",\"title\":\"How do you map the critical knowledge of a control room?\",\"body\":\"$BODY\",\"tags\":[\"knowledge-mapping\"]}" \
  "$BASE/api/v1/threads")
THREAD=${LOCATION##*/}
for i in $(seq 1 50); do
  token=$([ $((i % 2)) -eq 0 ] && echo "$MANAGER_TOKEN" || echo "$EMPLOYEE_TOKEN")
  curl -s -o /dev/null -w '' -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
    -d "{\"body\":\"Answer $i: in our unit we *paired* each senior operator with a successor and recorded a walkthrough of the start-up procedure. See the [after-action review](https://example.org/aar/$i).\\n\\n- what to keep\\n- what to change\"}" \
    "$BASE/api/v1/threads/$THREAD/posts"
done
PAGE=$(curl -s -o /dev/null -w '%{redirect_url}' -b "SESSION=$LEADER_SESSION" "$BASE/discussions/t/$THREAD")
PAGE=${PAGE:-$BASE/discussions/t/$THREAD}
PAGE_PATH=/${PAGE#"$BASE"/}
API_PATH=/api/v1/threads/$THREAD

mkdir -p "$WORK/www"
curl -s -b "SESSION=$LEADER_SESSION" -o "$WORK/www/thread.html" "$BASE$PAGE_PATH"
curl -s -H "Authorization: Bearer $LEADER_TOKEN" -o "$WORK/www/thread.json" "$BASE$API_PATH"
ANSWERS=$(grep -o 'id="post-[0-9]*"' "$WORK/www/thread.html" | sort -u | wc -l)
echo "thread $THREAD: $(json 'd.get("total", d.get("posts", {}).get("total", "?"))' < "$WORK/www/thread.json" 2>/dev/null || echo '?') replies;" \
  "page 1 has $ANSWERS posts, $(wc -c < "$WORK/www/thread.html") bytes of HTML, $(wc -c < "$WORK/www/thread.json") bytes of JSON"

cat > "$WORK/nginx.conf" <<CONF
worker_processes auto;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $WORK/tmp; proxy_temp_path $WORK/tmp; fastcgi_temp_path $WORK/tmp;
  uwsgi_temp_path $WORK/tmp; scgi_temp_path $WORK/tmp;
  server {
    listen 127.0.0.1:$NGINX_PORT;
    root $WORK/www;
    location = /thread.html { default_type "text/html;charset=UTF-8"; }
    location = /thread.json { default_type "application/json"; }
  }
}
CONF
mkdir -p "$WORK/tmp"
nginx -c "$WORK/nginx.conf" -g 'daemon off;' &
NGINX_PID=$!
sleep 1

# runs wrk and prints "requests/s p50-ms p99-ms non-2xx": load URL [header] (SECONDS_OF_LOAD overrides the duration)
load() {
  local out seconds=${SECONDS_OF_LOAD:-$DURATION}
  if [ -n "${2:-}" ]; then
    out=$(wrk -t$THREADS -c"$CONNECTIONS" -d"${seconds}s" --latency -H "$2" "$1")
  else
    out=$(wrk -t$THREADS -c"$CONNECTIONS" -d"${seconds}s" --latency "$1")
  fi
  echo "$out" | wrk_figures
}

# true while the JIT still compiles or has methods waiting (needs the JDK's jcmd; without it, fixed warm-up only)
compiling() {
  command -v jcmd > /dev/null || return 1
  jcmd "$PID" Compiler.queue 2>/dev/null | awk '/^C[12] Compiler|^C[12] CompilerThread/ || (q && NF > 1) { busy = 1 }
    /compile queue:/ { q = 1 } /^$/ { q = 0 } END { exit !busy }'
}
# Agora's smallest response (the liveness probe: a few bytes, no session, no query): the ceiling of the stack
FLOOR_PATH=/actuator/health/liveness
WARMED=0
ROUNDS=""
while :; do
  read -r round_rps _ < <(SECONDS_OF_LOAD=15 load "$BASE$PAGE_PATH" "Cookie: SESSION=$LEADER_SESSION")
  SECONDS_OF_LOAD=10 load "$BASE$API_PATH" "Authorization: Bearer $LEADER_TOKEN" > /dev/null
  SECONDS_OF_LOAD=5 load "$BASE$FLOOR_PATH" > /dev/null
  WARMED=$((WARMED + 30))
  ROUNDS="$ROUNDS $round_rps"
  steady=$(python3 -c "import sys; r = [float(x) for x in sys.argv[1:]][-3:]; print(int(len(r) == 3 and (max(r) - min(r)) <= 0.05 * max(r)))" $ROUNDS)
  if [ "$WARMED" -ge "$WARMUP_MAX" ] || { [ "$WARMED" -ge "$WARMUP" ] && [ "$steady" = 1 ] && ! compiling; }; then
    break
  fi
done
echo "warm-up rounds of the page (req/s):$ROUNDS"
echo "warmed up for $WARMED s"
read -r HTML_RPS HTML_P50 HTML_P99 HTML_BAD < <(load "$BASE$PAGE_PATH" "Cookie: SESSION=$LEADER_SESSION")
read -r NGINX_HTML_RPS NGINX_HTML_P50 NGINX_HTML_P99 _ < <(load "http://127.0.0.1:$NGINX_PORT/thread.html")
read -r JSON_RPS JSON_P50 JSON_P99 JSON_BAD < <(load "$BASE$API_PATH" "Authorization: Bearer $LEADER_TOKEN")
read -r NGINX_JSON_RPS NGINX_JSON_P50 NGINX_JSON_P99 _ < <(load "http://127.0.0.1:$NGINX_PORT/thread.json")
read -r FLOOR_RPS FLOOR_P50 FLOOR_P99 FLOOR_BAD < <(load "$BASE$FLOOR_PATH")

echo "wrk -t$THREADS -c$CONNECTIONS -d${DURATION}s on loopback after $WARMED s of warm-up, $(nproc) cores, $(java -version 2>&1 | sed -n 1p)"
printf '%-28s %10s %10s %10s %8s\n' "" "req/s" "p50 ms" "p99 ms" "non-2xx"
printf '%-28s %10s %10s %10s %8s\n' "Agora thread page (HTML)" "$HTML_RPS" "$HTML_P50" "$HTML_P99" "$HTML_BAD"
printf '%-28s %10s %10s %10s %8s\n' "nginx, same bytes" "$NGINX_HTML_RPS" "$NGINX_HTML_P50" "$NGINX_HTML_P99" ""
printf '%-28s %10s %10s %10s %8s\n' "Agora thread API (JSON)" "$JSON_RPS" "$JSON_P50" "$JSON_P99" "$JSON_BAD"
printf '%-28s %10s %10s %10s %8s\n' "nginx, same bytes" "$NGINX_JSON_RPS" "$NGINX_JSON_P50" "$NGINX_JSON_P99" ""
printf '%-28s %10s %10s %10s %8s\n' "Agora liveness ($(curl -s -o /dev/null -w '%{size_download}' "$BASE$FLOOR_PATH") B)" \
  "$FLOOR_RPS" "$FLOOR_P50" "$FLOOR_P99" "$FLOOR_BAD"
python3 -c "print(f'ratio HTML {$HTML_RPS / $NGINX_HTML_RPS:.1%} of nginx (goal 25%), p99 {$HTML_P99} ms (goal < 50 ms); ratio JSON {$JSON_RPS / $NGINX_JSON_RPS:.1%} of nginx; the smallest response of Agora at {$FLOOR_RPS / $NGINX_HTML_RPS:.1%} of nginx serving the page')"
