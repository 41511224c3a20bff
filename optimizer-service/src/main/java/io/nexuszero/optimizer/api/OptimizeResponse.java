package io.nexuszero.optimizer.api;

import java.util.List;

/**
 * POST /v1/optimize answer. {@code stale} is true when the search space or the model could not be refreshed
 * from crypto-service, so the answer comes from the cached snapshot.
 */
public record OptimizeResponse(
        RankedCandidate recommendation,
        List<RankedCandidate> alternatives,
        ModelRef model,
        int feasibleCandidates,
        boolean stale) {
}
