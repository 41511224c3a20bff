package io.nexuszero.optimizer.api;

import java.time.Instant;
import java.util.List;

/**
 * A trained model's metadata, stored next to its Tribuo protobuf file.
 * {@code source} is "bundled" (shipped in the jar) or "trained" (by a training job here).
 */
public record ModelInfo(
        String id,
        String algorithm,
        Instant trainedAt,
        int sampleCount,
        int trainCandidates,
        int testCandidates,
        HoldoutMetrics holdout,
        List<String> features,
        String source,
        String provenance) {

    public ModelRef ref() {
        return new ModelRef(id, trainedAt);
    }
}
