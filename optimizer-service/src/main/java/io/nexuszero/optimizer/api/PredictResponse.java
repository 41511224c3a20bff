package io.nexuszero.optimizer.api;

/**
 * POST /v1/predict answer. {@code estimate} and {@code predicted.proofBytes} are known only for parameter sets
 * in the evaluated search space ({@code inSearchSpace}); the times are predicted for any parameters.
 */
public record PredictResponse(
        String candidateId,
        boolean inSearchSpace,
        SecurityEstimate estimate,
        Predicted predicted,
        ModelRef model) {
}
