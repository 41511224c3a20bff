#!/usr/bin/env bash
# Static checks of the deployment files, with the tools that consume them. Exits non-zero on the
# first failure. Needs: promtool and amtool (Debian/Ubuntu packages prometheus, prometheus-alertmanager),
# docker compose v2 or docker-compose v1.29; kubectl if installed (its kustomize build is also done,
# always, by the deployment-tests Maven module, which parses every document strictly).
# Run from anywhere:  scripts/check-static.sh
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n== %s\n' "$*"; }
require() {
  command -v "$1" >/dev/null 2>&1 || { echo "check-static: '$1' not found - install $2" >&2; exit 1; }
}
require promtool "the 'prometheus' package"
require amtool "the 'prometheus-alertmanager' package"

step "Prometheus: configuration (with the rule files it loads), rules, rule unit tests"
promtool --version | sed -n 1p
promtool check config prometheus.yml
promtool check rules prometheus/rules/*.yml
promtool test rules prometheus/tests/*.yml

step "Alertmanager: configuration"
amtool check-config alertmanager/alertmanager.yml

step "Compose: the file is valid and refuses to start without a Grafana password"
if docker compose version >/dev/null 2>&1; then
  compose=(docker compose)
elif command -v docker-compose >/dev/null 2>&1; then
  compose=(docker-compose)
else
  echo "check-static: neither 'docker compose' nor 'docker-compose' found" >&2
  exit 1
fi
"${compose[@]}" version | sed -n 1p
# An empty env file: judge the compose file itself, not a developer's .env.
no_env=$(mktemp)
trap 'rm -f "$no_env"' EXIT
GRAFANA_ADMIN_PASSWORD=check-static "${compose[@]}" --env-file "$no_env" -f docker-compose.yml config -q
if env -u GRAFANA_ADMIN_PASSWORD "${compose[@]}" --env-file "$no_env" -f docker-compose.yml config -q 2>/dev/null; then
  echo "check-static: compose accepted a missing GRAFANA_ADMIN_PASSWORD (it must refuse)" >&2
  exit 1
fi
echo "compose file valid; GRAFANA_ADMIN_PASSWORD is required"

step "Kubernetes: kustomize build"
if command -v kubectl >/dev/null 2>&1; then
  kubectl kustomize k8s/ > /dev/null
  echo "kubectl kustomize k8s/: $(kubectl kustomize k8s/ | grep -c '^kind:') objects"
else
  echo "kubectl not installed: the kustomization is built by deployment-tests (Kustomize.java) instead"
fi

step "Grafana dashboards: valid JSON"
for f in grafana/dashboards/*.json; do
  python3 -m json.tool "$f" > /dev/null || { echo "check-static: $f is not valid JSON" >&2; exit 1; }
done
echo "$(ls grafana/dashboards/*.json | wc -l) dashboards"

step "Shell scripts: syntax"
for f in scripts/*.sh; do bash -n "$f"; done
echo "ok"

printf '\ncheck-static: all static checks passed\n'
