package io.nexuszero.optimizer.api;

/** POST /v1/predict body. */
public record PredictRequest(LatticeParameters parameters, String proofType, Integer witnessLength) {
}
