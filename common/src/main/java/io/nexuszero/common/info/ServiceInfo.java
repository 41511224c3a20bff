package io.nexuszero.common.info;

/** {@code GET /v1/info}: which service answers, which build, and for how long it has run. */
public record ServiceInfo(String service, String version, long uptimeSeconds) {
}
