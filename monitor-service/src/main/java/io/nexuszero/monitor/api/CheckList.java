package io.nexuszero.monitor.api;

import java.util.List;

/** {@code GET /v1/targets/{name}/checks}: newest first. */
public record CheckList(String target, List<CheckView> checks) {
}
