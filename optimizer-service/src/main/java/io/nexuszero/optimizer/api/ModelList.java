package io.nexuszero.optimizer.api;

import java.util.List;

/** GET /v1/models: every model known here, newest first, and which one serves. */
public record ModelList(String currentId, List<ModelInfo> models) {
}
