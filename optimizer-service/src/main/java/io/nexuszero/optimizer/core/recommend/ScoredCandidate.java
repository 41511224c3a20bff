package io.nexuszero.optimizer.core.recommend;

import io.nexuszero.optimizer.core.model.LatencyPrediction;
import io.nexuszero.optimizer.core.space.Candidate;

/** A feasible candidate with its exact proof size, predicted times and objective score (lower is better). */
public record ScoredCandidate(Candidate candidate, long proofBytes, LatencyPrediction predicted, double score) {
}
