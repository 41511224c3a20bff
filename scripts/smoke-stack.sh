#!/usr/bin/env bash
# scripts/smoke-stack.sh - the whole Compose stack, end to end, from the project's own files:
#   1. build the three images from the Dockerfile and start the stack as a new user does: `compose up -d --wait`,
#      no .env, no variables (returns once every container's healthcheck passes); a stack already started
#      that way (the workflow's stack job) is used as it is;
#   2. the alert webhook refuses a request without its bearer token;
#   3. every Prometheus target of a running service is up;
#   4. traffic: keys, proofs of the three types, verifications (one rejected), an optimization;
#   5. an alert reaches monitor-service's incidents through Alertmanager (optimizer-service is
#      stopped until NexusZeroServiceDown fires, then started again);
#   6. every PromQL query of every Grafana dashboard panel returns at least one series;
#   7. Grafana, Loki and Promtail checked live where they run, otherwise reported as validated statically.
# Tears the stack down (volumes included) at the end unless KEEP_STACK=1.
#
#   scripts/smoke-stack.sh                                  # with `docker compose` on your machine
#   COMPOSE=../shared/stack/compose scripts/smoke-stack.sh  # host-networking wrapper used by .ci/run
set -euo pipefail
cd "$(dirname "$0")/.."
started_at=$(date +%s)
read -r -a compose <<<"${COMPOSE:-docker compose}"
smoke() { python3 scripts/stack_smoke.py "$@"; }
step() { printf '\n== [%3ss] %s\n' "$(( $(date +%s) - started_at ))" "$*"; }

cleanup() {
  local rc=$?
  if ((rc != 0)); then
    echo "smoke-stack: FAILED - container states and recent logs follow" >&2
    "${compose[@]}" ps >&2 || echo "smoke-stack: could not list the containers" >&2
    "${compose[@]}" logs --tail=40 >&2 || echo "smoke-stack: could not read the containers' logs" >&2
  fi
  if [[ ${KEEP_STACK:-0} != 1 ]]; then
    # the smoke test's own result (rc) stands; a failed teardown is reported, not hidden
    "${compose[@]}" down -v --remove-orphans >/dev/null 2>&1 || echo "smoke-stack: compose down failed" >&2
  fi
  exit "$rc"
}
trap cleanup EXIT

already_running=$("${compose[@]}" ps -q 2>/dev/null | wc -l)
if ((already_running == 0)); then
  step "build the images from the Dockerfile"
  "${compose[@]}" build

  step "start the stack: compose up -d --wait (its ports must be free)"
  busy=()
  for port in 13001 13101 13002 13102 13003 13103 9090 9093 3100 9096 9080 3000; do
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then busy+=("$port"); fi
  done
  if ((${#busy[@]})); then
    echo "smoke-stack: ports already in use by something else: ${busy[*]} (stop it, or the stack cannot start)" >&2
    exit 1
  fi
else
  step "the stack is already running ($already_running containers): compose up -d --wait on it"
fi
"${compose[@]}" up -d --wait
mapfile -t running < <("${compose[@]}" config --services 2>/dev/null)
mapfile -t declared < <(python3 - <<'PY'
import re
# Service names straight from docker-compose.yml (top-level keys under services:).
text = open("docker-compose.yml").read().split("\nservices:\n", 1)[1].split("\nvolumes:\n", 1)[0]
print("\n".join(re.findall(r"^  ([a-z][\w-]*):\s*$", text, re.M)))
PY
)
not_running=()
for s in "${declared[@]}"; do
  [[ " ${running[*]} " == *" $s "* ]] || not_running+=("$s")
done
echo "running: ${running[*]}"
((${#not_running[@]} == 0)) || echo "not run here (no image on this machine; their Prometheus targets are not asserted): ${not_running[*]}"

wait_healthy() { # SERVICE... : every container's healthcheck reports healthy
  local deadline=$(( $(date +%s) + ${HEALTH_TIMEOUT:-240} )) pending s id state
  declare -A ids=()
  for s in "$@"; do
    ids[$s]=$("${compose[@]}" ps -q "$s" 2>/dev/null)
    [[ -n ${ids[$s]} ]] || { echo "smoke-stack: no container for $s" >&2; return 1; }
  done
  while :; do
    pending=()
    for s in "$@"; do
      state=$(docker inspect -f '{{.State.Status}}/{{if .State.Health}}{{.State.Health.Status}}{{else}}no-healthcheck{{end}}' "${ids[$s]}")
      case $state in
        running/healthy) ;;
        running/starting) pending+=("$s") ;;
        *) echo "smoke-stack: $s is $state" >&2; return 1 ;;
      esac
    done
    ((${#pending[@]} == 0)) && { echo "healthy: $*"; return 0; }
    (( $(date +%s) < deadline )) || { echo "smoke-stack: still starting after ${HEALTH_TIMEOUT:-240}s: ${pending[*]}" >&2; return 1; }
    sleep 3
  done
}

step "every healthcheck passes (compose up --wait returned)"
wait_healthy "${running[@]}"

step "the alert webhook refuses a request without its bearer token"
smoke webhook-auth

step "every Prometheus target of a running service is up"
smoke targets --jobs "$(IFS=,; echo "${running[*]}")"

step "traffic"
smoke traffic

step "an alert reaches monitor-service through Alertmanager (optimizer-service stopped)"
"${compose[@]}" stop optimizer-service
smoke incident --alert NexusZeroServiceDown --label optimizer-service --timeout 240
"${compose[@]}" start optimizer-service
wait_healthy optimizer-service
smoke targets --jobs optimizer-service

step "every dashboard query returns data (fresh traffic, then two scrapes)"
smoke traffic --rounds 2
sleep 35
smoke dashboards

step "Grafana, Loki, Promtail"
smoke observability --running "$(IFS=,; echo "${running[*]}")"

step "smoke-stack: passed in $(( $(date +%s) - started_at ))s"
