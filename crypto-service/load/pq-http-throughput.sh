#!/usr/bin/env bash
# HTTP throughput of the post-quantum endpoints under concurrent load (wrk): ML-KEM encapsulation
# (POST /v1/keys/{kem}/encrypt) and decapsulation (POST /v1/keys/{kem}/decrypt), ML-DSA signing
# (POST /v1/keys/{sig}/signatures) and verification (POST /v1/signatures/verify), against a running crypto-service
# started with NEXUSZERO_API_TOKENS=bench=$TOKEN (or NEXUSZERO_ENV=dev and no TOKEN).
# Usage: [SERVER_PID=<pid>] [TOKEN=<token>] [LEVEL=nz-192] [BATCH=<items>] pq-http-throughput.sh [connections] [seconds]
# With SERVER_PID it also prints operations per server CPU-second (compare with PqInProcessRate.java's ops per
# CPU-second). BATCH=n (2..256) sends the same operations through the batch endpoints (encrypt-batch,
# decrypt-batch, sign-batch, signatures/verify-batch), n items per request, and counts items, not requests.
# Every answer is checked (status 200 and an expected marker); results go to docs/BENCHMARKS.md.
set -euo pipefail
CRYPTO=${CRYPTO:-http://127.0.0.1:13001}
CONNECTIONS=${1:-4}
SECONDS_PER_RUN=${2:-30}
LEVEL=${LEVEL:-nz-192}
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
AUTH=()
[[ -n ${TOKEN:-} ]] && AUTH=(-H "Authorization: Bearer $TOKEN")
b64url() { basenc --base64url -w0 | tr -d '='; }
post() { curl -sS -X POST "$CRYPTO$1" -H 'Content-Type: application/json' "${AUTH[@]}" -d @"$2"; }

printf '{"purpose":"kem","parameterSet":"%s"}' "$LEVEL" > "$WORK/kem-key.json"
printf '{"purpose":"signature","parameterSet":"%s"}' "$LEVEL" > "$WORK/sig-key.json"
KEM=$(post /v1/keys "$WORK/kem-key.json" | jq -r .keyId)
SIG_JSON=$(post /v1/keys "$WORK/sig-key.json")
SIG=$(jq -r .keyId <<<"$SIG_JSON")
ALGORITHM=$(jq -r .algorithm <<<"$SIG_JSON")
printf '{"plaintext":"%s"}' "$(printf '32 bytes of plaintext, a key....' | b64url)" > "$WORK/encrypt.json"
post "/v1/keys/$KEM/encrypt" "$WORK/encrypt.json" | jq -c '{encapsulatedKey, ciphertext}' > "$WORK/decrypt.json"
MESSAGE=$(printf 'load test message, 32 bytes long' | b64url)
printf '{"message":"%s"}' "$MESSAGE" > "$WORK/sign.json"
SIGNATURE=$(post "/v1/keys/$SIG/signatures" "$WORK/sign.json" | jq -r .signature)
jq -n --arg a "$ALGORITHM" --arg pk "$(jq -r .publicKey <<<"$SIG_JSON")" --arg m "$MESSAGE" --arg s "$SIGNATURE" \
  '{algorithm: $a, publicKey: $pk, message: $m, signature: $s}' > "$WORK/verify.json"
[[ $(curl -sS -X POST "$CRYPTO/v1/signatures/verify" -H 'Content-Type: application/json' -d @"$WORK/verify.json") \
  == '{"valid":true}' ]] || { echo "the sample signature does not verify" >&2; exit 1; }

BATCH=${BATCH:-1}
if (( BATCH > 1 )); then   # the same bodies, n items per request
  for body in encrypt decrypt sign verify; do
    jq -c --argjson n "$BATCH" '{items: [range($n) as $i | .]}' "$WORK/$body.json" > "$WORK/$body-batch.json"
  done
fi

cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
run() { # name body-file path expected-marker duration
  echo "== $1: wrk -t1 -c$CONNECTIONS -d$5s --latency $CRYPTO$3"
  local before=0 wrk_cpu
  [[ -n ${SERVER_PID:-} ]] && before=$(cpu_ticks "$SERVER_PID")
  TIMEFORMAT='%U %S'
  { time BODY_FILE=$2 EXPECT=$4 AUTHORIZATION=${TOKEN:+Bearer $TOKEN} wrk -t1 -c"$CONNECTIONS" -d"$5s" --latency \
      -s "$HERE/post-body.lua" "$CRYPTO$3" > "$WORK/wrk.out"; } 2> "$WORK/wrk.time"
  cat "$WORK/wrk.out"
  if [[ -n ${SERVER_PID:-} ]]; then
    local ticks=$(( $(cpu_ticks "$SERVER_PID") - before )) hz requests
    hz=$(getconf CLK_TCK)
    requests=$(awk '/requests in/ {print $1}' "$WORK/wrk.out")
    wrk_cpu=$(awk '{print $1 + $2}' "$WORK/wrk.time")
    awk -v t="$ticks" -v hz="$hz" -v n="$(( requests * BATCH ))" -v w="$wrk_cpu" 'BEGIN {
      printf "server CPU %.1f s, wrk CPU %.1f s: %.0f operations per server CPU-second (%.1f µs server CPU per operation), %.0f per CPU-second incl. wrk\n",
        t / hz, w, n / (t / hz), t / hz * 1e6 / n, n / (t / hz + w) }'
  fi
}
ops=(
  "encrypt ($LEVEL, ML-KEM encaps + HPKE)|$WORK/encrypt.json|/v1/keys/$KEM/encrypt|\"encapsulatedKey\":"
  "decrypt ($LEVEL, ML-KEM decaps + HPKE)|$WORK/decrypt.json|/v1/keys/$KEM/decrypt|\"plaintext\":"
  "sign ($ALGORITHM, hedged)|$WORK/sign.json|/v1/keys/$SIG/signatures|\"signature\":"
  "verify ($ALGORITHM)|$WORK/verify.json|/v1/signatures/verify|\"valid\":true"
)
if (( BATCH > 1 )); then
  ops=(
    "encrypt-batch ($LEVEL, $BATCH items)|$WORK/encrypt-batch.json|/v1/keys/$KEM/encrypt-batch|\"encapsulatedKey\":"
    "decrypt-batch ($LEVEL, $BATCH items)|$WORK/decrypt-batch.json|/v1/keys/$KEM/decrypt-batch|\"plaintext\":"
    "sign-batch ($ALGORITHM, hedged, $BATCH items)|$WORK/sign-batch.json|/v1/keys/$SIG/sign-batch|\"signature\":"
    "verify-batch ($ALGORITHM, $BATCH items)|$WORK/verify-batch.json|/v1/signatures/verify-batch|\"valid\":true"
  )
fi
for op in "${ops[@]}"; do   # warm-up (JIT)
  IFS='|' read -r name body path marker <<<"$op"
  run "warm-up $name" "$body" "$path" "$marker" 10 > /dev/null
done
for op in "${ops[@]}"; do
  IFS='|' read -r name body path marker <<<"$op"
  run "$name" "$body" "$path" "$marker" "$SECONDS_PER_RUN"
done
