package io.nexuszero.optimizer.core.space;

import java.time.Instant;
import java.util.List;

/**
 * The evaluated search space as persisted (data dir, and the copy bundled in the jar): which crypto-service version
 * judged which grid when, how many candidates it was asked about, and the valid ones.
 */
public record SearchSpaceSnapshot(
        String cryptoServiceVersion,
        Instant evaluatedAt,
        String gridFingerprint,
        int evaluatedCount,
        List<Candidate> candidates) {

    public SearchSpaceSnapshot {
        candidates = List.copyOf(candidates);
    }
}
