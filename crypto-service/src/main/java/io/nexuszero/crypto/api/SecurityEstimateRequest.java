package io.nexuszero.crypto.api;

/** POST /v1/security/estimate: LWE(n, q, secret σ, error σ, m samples). */
public record SecurityEstimateRequest(Integer n, Long q, Double secretSigma, Double errorSigma, Integer m) {
}
