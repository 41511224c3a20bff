package io.nexuszero.optimizer.api;

import java.time.Instant;

/**
 * GET /v1/training-jobs/{id}: status is queued | running | succeeded | failed; progress counts samples collected
 * against planned, and points crypto-service refused to benchmark (e.g. rejection sampling too slow) as skipped; when a model was trained, modelId names it and promoted tells whether it became current.
 */
public record TrainingJobView(
        String id,
        String status,
        Progress progress,
        String error,
        Instant createdAt,
        Instant finishedAt,
        String modelId,
        Boolean promoted,
        HoldoutMetrics holdout) {

    public record Progress(int collected, int planned, int skipped) {
    }
}
