#!/usr/bin/env bash
# Static checks of the deployment files, with the tools that consume them. Exits non-zero on the
# first failure. Needs: promtool and amtool (Debian/Ubuntu packages prometheus, prometheus-alertmanager),
# docker compose v2 or docker-compose v1.29, python3 with PyYAML; kubectl if installed (its kustomize build is
# also done, always, by the deployment-tests Maven module, which parses every document strictly).
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

step "Compose: a fresh clone (no .env, no variables) gets a valid file that publishes only the APIs beyond loopback"
if docker compose version >/dev/null 2>&1; then
  compose=(docker compose)
elif command -v docker-compose >/dev/null 2>&1; then
  compose=(docker-compose)
else
  echo "check-static: neither 'docker compose' nor 'docker-compose' found" >&2
  exit 1
fi
"${compose[@]}" version | sed -n 1p
# An empty env file and none of the file's variables set: judge the compose file itself, not a developer's .env.
no_env=$(mktemp)
resolved=$(mktemp)
trap 'rm -f "$no_env" "$resolved"' EXIT
unset_vars=()
for v in $(grep -o '\${[A-Z0-9_]*' docker-compose.yml | tr -d '${' | sort -u); do unset_vars+=(-u "$v"); done
env "${unset_vars[@]}" "${compose[@]}" --env-file "$no_env" -f docker-compose.yml config > "$resolved"
python3 - "$resolved" <<'PY'
import sys, yaml
doc = yaml.safe_load(open(sys.argv[1]))
apis = {13001, 13002, 13003}
problems = []
for name, service in doc["services"].items():
    for port in service.get("ports", []):
        if isinstance(port, dict):   # long syntax: published, target, host_ip
            host_ip, published = port.get("host_ip", ""), int(port.get("published", port["target"]))
        else:
            parts = str(port).split("/")[0].split(":")
            host_ip, published = (parts[0] if len(parts) == 3 else ""), int(parts[-2] if len(parts) > 1 else parts[-1])
        if published not in apis and host_ip != "127.0.0.1":
            problems.append(f"{name} publishes {published} on {host_ip or 'every interface'}")
if problems:
    sys.exit("check-static: " + "; ".join(problems))
print(f"compose file valid without .env; only {sorted(apis)} published beyond 127.0.0.1")
PY

step "Kubernetes: kustomize builds (base, Prometheus Operator objects, environments)"
if command -v kubectl >/dev/null 2>&1; then
  for dir in k8s k8s/monitoring overlays/staging overlays/production; do
    echo "kubectl kustomize $dir: $(kubectl kustomize "$dir" | grep -c '^kind:') objects"
  done
else
  echo "kubectl not installed: the kustomizations are built by deployment-tests (Kustomize.java) instead"
fi

step "Grafana dashboards: valid JSON"
for f in grafana/dashboards/*.json; do
  python3 -m json.tool "$f" > /dev/null || { echo "check-static: $f is not valid JSON" >&2; exit 1; }
done
echo "$(ls grafana/dashboards/*.json | wc -l) dashboards"

step "Shell scripts: syntax (the dev launcher is POSIX sh: dash, and bash as macOS' bash 3.2 runs it)"
for f in scripts/*.sh; do bash -n "$f"; done
sh -n bin/nexuszero-dev
bash --posix -n bin/nexuszero-dev
if command -v dash >/dev/null 2>&1; then dash -n bin/nexuszero-dev; fi
echo "ok"

printf '\ncheck-static: all static checks passed\n'
