package io.nexuszero.optimizer.api;

/** One recommended parameter set with its security, its predicted costs and its objective score (lower is better). */
public record RankedCandidate(
        String candidateId,
        LatticeParameters parameters,
        SecurityEstimate estimate,
        Predicted predicted,
        double score) {
}
