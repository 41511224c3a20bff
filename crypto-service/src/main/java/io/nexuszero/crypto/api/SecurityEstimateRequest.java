package io.nexuszero.crypto.api;

/**
 * POST /v1/security/estimate: either LWE(n, q, secret σ, error σ, m samples), or a parameter set — a preset by
 * {@code parameterSet} or custom {@code parameters} — whose every hardness (soundness included) is reported.
 */
public record SecurityEstimateRequest(Integer n, Long q, Double secretSigma, Double errorSigma, Integer m,
                                      String parameterSet, ParametersJson parameters) {

    /** True when the request names a parameter set rather than an LWE instance. */
    public boolean forParameterSet() {
        return parameterSet != null || parameters != null;
    }

    /** True when any LWE field is present. */
    public boolean hasLweFields() {
        return n != null || q != null || secretSigma != null || errorSigma != null || m != null;
    }
}
