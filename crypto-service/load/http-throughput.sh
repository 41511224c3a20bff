#!/usr/bin/env bash
# HTTP throughput of POST /v1/keys/{keyId}/proofs and POST /v1/proofs/verify at nz-128 under concurrent load (wrk),
# against a running crypto-service in development mode without API tokens (NEXUSZERO_ENV=dev). Usage: [SERVER_PID=<pid>] http-throughput.sh [connections] [seconds]
# With SERVER_PID, also prints the CPU time the server and wrk used, i.e. requests per CPU-second, which other load on
# the machine does not distort (compare with InProcessRate.java's ops per CPU-second).
# Results go to docs/BENCHMARKS.md ("crypto-service HTTP") next to the JMH in-process rate measured in the same run.
set -euo pipefail
CRYPTO=${CRYPTO:-http://127.0.0.1:13001}
CONNECTIONS=${1:-4}
SECONDS_PER_RUN=${2:-30}
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

KEY=$(curl -sS -X POST "$CRYPTO/v1/keys" -H 'Content-Type: application/json' -d '{"parameterSet":"nz-128"}' \
  | jq -r .keyId)
CONTEXT=$(printf 'load test context, 32 bytes long' | basenc --base64url -w0 | tr -d '=')
printf '{"context":"%s"}' "$CONTEXT" > "$WORK/prove.json"
curl -sS -X POST "$CRYPTO/v1/keys/$KEY/proofs" -H 'Content-Type: application/json' -d @"$WORK/prove.json" \
  > "$WORK/verify.json"
[[ $(curl -sS -X POST "$CRYPTO/v1/proofs/verify" -H 'Content-Type: application/json' -d @"$WORK/verify.json") \
  == '{"valid":true}' ]] || { echo "the sample proof does not verify" >&2; exit 1; }

cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
run() { # name body-file path expected-marker duration
  echo "== $1: wrk -t1 -c$CONNECTIONS -d$5s --latency $CRYPTO$3"
  local before=0 wrk_cpu
  [[ -n ${SERVER_PID:-} ]] && before=$(cpu_ticks "$SERVER_PID")
  TIMEFORMAT='%U %S'
  { time BODY_FILE=$2 EXPECT=$4 wrk -t1 -c"$CONNECTIONS" -d"$5s" --latency -s "$HERE/post-body.lua" "$CRYPTO$3" \
      > "$WORK/wrk.out"; } 2> "$WORK/wrk.time"
  cat "$WORK/wrk.out"
  if [[ -n ${SERVER_PID:-} ]]; then
    local ticks=$(( $(cpu_ticks "$SERVER_PID") - before )) hz requests
    hz=$(getconf CLK_TCK)
    requests=$(awk '/requests in/ {print $1}' "$WORK/wrk.out")
    wrk_cpu=$(awk '{print $1 + $2}' "$WORK/wrk.time")
    awk -v t="$ticks" -v hz="$hz" -v n="$requests" -v w="$wrk_cpu" 'BEGIN {
      printf "server CPU %.1f s, wrk CPU %.1f s: %.0f requests per server CPU-second, %.0f per CPU-second incl. wrk\n",
        t / hz, w, n / (t / hz), n / (t / hz + w) }'
  fi
}
# warm-up (JIT), then the measured runs
run "warm-up prove" "$WORK/prove.json" "/v1/keys/$KEY/proofs" '"proof":' 10 > /dev/null
run "warm-up verify" "$WORK/verify.json" "/v1/proofs/verify" '"valid":true' 10 > /dev/null
run "prove" "$WORK/prove.json" "/v1/keys/$KEY/proofs" '"proof":' "$SECONDS_PER_RUN"
run "verify" "$WORK/verify.json" "/v1/proofs/verify" '"valid":true' "$SECONDS_PER_RUN"
