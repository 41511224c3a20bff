package io.nexuszero.optimizer.api;

import java.util.List;

/**
 * POST /v1/training-jobs design options, all optional: how many search-space candidates to measure, which proof types
 * and witness lengths, benchmark iterations per point, the sampling seed, the minimum security of sampled candidates
 * and the longest witness to measure per proof type.
 */
public record TrainingJobRequest(
        Integer candidates,
        List<String> proofTypes,
        List<Integer> witnessLengths,
        Integer iterations,
        Long seed,
        Double minSecurityBits,
        java.util.Map<String, Integer> maxWitnessLengths) {
}
