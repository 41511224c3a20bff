#!/usr/bin/env bash
# Deploys one environment's overlay with the images of one build, waits for every rollout, and rolls back
# what it changed when a rollout does not complete. Used by the workflow's deploy jobs; works the same by hand
# with a kubeconfig for that environment's cluster:
#
#   scripts/deploy.sh staging sha-1a2b3c4        # overlays/staging, images ghcr.io/nexuszero/*:sha-1a2b3c4
#   scripts/deploy.sh production 0.2.0
#
# ROLLOUT_TIMEOUT (default 5m) bounds each Deployment's rollout.
set -euo pipefail
cd "$(dirname "$0")/.."

(($# == 2)) || { echo "usage: scripts/deploy.sh staging|production IMAGE_TAG" >&2; exit 2; }
environment=$1 tag=$2
[[ -f overlays/$environment/kustomization.yaml ]] || { echo "deploy: no overlay overlays/$environment" >&2; exit 2; }
[[ $tag =~ ^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$ ]] || { echo "deploy: '$tag' is not an image tag" >&2; exit 2; }
prefix=${IMAGE_PREFIX:-ghcr.io/nexuszero}
services=(crypto-service optimizer-service monitor-service)

# A kustomization on top of the overlay that pins the images to this build (kustomize refuses an overlay inside
# its base, so it lives in its own folder next to overlays/).
pin=deploy/$environment
mkdir -p "$pin"
{
  echo "# Written by scripts/deploy.sh - $environment at $tag."
  echo "apiVersion: kustomize.config.k8s.io/v1beta1"
  echo "kind: Kustomization"
  echo "resources: [../../overlays/$environment]"
  echo "images:"
  for service in "${services[@]}"; do
    echo "- name: $prefix/$service"
    echo "  newTag: $tag"
  done
} > "$pin/kustomization.yaml"

kubectl version --client
kubectl apply -k "$pin"
failed=()
for service in "${services[@]}"; do
  if ! kubectl -n nexuszero rollout status "deployment/$service" --timeout="${ROLLOUT_TIMEOUT:-5m}"; then
    failed+=("$service")
  fi
done
if ((${#failed[@]})); then
  echo "deploy: rollout of ${failed[*]} did not complete; rolling back to the previous revision" >&2
  for service in "${failed[@]}"; do
    kubectl -n nexuszero describe "deployment/$service" | tail -20 >&2
    kubectl -n nexuszero rollout undo "deployment/$service"
    kubectl -n nexuszero rollout status "deployment/$service" --timeout="${ROLLOUT_TIMEOUT:-5m}"
  done
  exit 1
fi
echo "deploy: $environment runs $tag"
