package io.nexuszero.crypto.engine.estimator;

import io.nexuszero.crypto.engine.sampling.SecretDistribution;

/**
 * Module-LWE over R_q = Z_q[X]/(X^n + 1) with a rows × cols matrix A, secret s ∈ R_q^cols and error e ∈ R_q^rows,
 * both with coefficients from the same η-distribution, seen as plain LWE: secret dimension n·cols, n·rows samples.
 * No known attack exploits the module structure for these parameters, which is the standard assumption of the
 * Kyber and Dilithium analyses. Standard deviations: CBD(η) has σ = √(η/2), uniform on [−η, η] has
 * σ = √(η(η+1)/3).
 */
final class ModuleLwe {

    private ModuleLwe() {
    }

    static LweInstance toLwe(int n, long q, int rows, int cols, String secretDistribution, int eta) {
        if (n < 1 || rows < 1 || cols < 1) {
            throw new IllegalArgumentException("ring degree, rows and columns must be positive, were n=" + n
                + ", rows=" + rows + ", cols=" + cols);
        }
        if (eta < 1) {
            throw new IllegalArgumentException("eta must be at least 1, was " + eta);
        }
        SecretDistribution distribution = SecretDistribution.fromWireName(secretDistribution)
            .orElseThrow(() -> new IllegalArgumentException("secret distribution must be \"cbd\" or \"uniform\", was \""
                + secretDistribution + "\""));
        double sigma = distribution.standardDeviation(eta);
        return LweInstance.ofModulus(Math.multiplyExact(n, cols), q, sigma, sigma, Math.multiplyExact(n, rows));
    }
}
