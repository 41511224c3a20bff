package io.nexuszero.monitor.api;

import java.util.List;

/** {@code GET /v1/incidents}: newest first. */
public record IncidentList(List<IncidentView> incidents) {
}
