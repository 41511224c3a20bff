package io.nexuszero.crypto.engine.params;

import io.nexuszero.crypto.engine.ring.Ring;
import io.nexuszero.crypto.engine.sampling.SecretDistribution;

/**
 * The lattice parameters of a parameter set — what a preset fixes and what clients send as custom parameters (the
 * JSON field names are the component names). A plain carrier: check a client-supplied instance with
 * {@link ParameterValidator} before use; the helpers below throw {@link IllegalArgumentException} on invalid values.
 *
 * @param ringDegree         n: power of two in [256, 4096]
 * @param modulus            q: prime below 2^31 with q ≡ 1 (mod 2n)
 * @param rankK              k: rows of A (number of Module-LWE samples)
 * @param rankL              l: columns of A (secret dimension)
 * @param secretDistribution "cbd" (CBD(η)) or "uniform" (uniform on [−η, η])
 * @param eta                η: secret and encryption-noise parameter
 * @param challengeWeight    τ: number of ±1 coefficients of a Fiat–Shamir challenge
 * @param gamma              γ: proof masks are uniform in [−γ, γ]; responses need ‖z‖∞ ≤ γ − τη
 */
public record LatticeParameters(int ringDegree, int modulus, int rankK, int rankL, String secretDistribution, int eta,
                                int challengeWeight, int gamma) {

    /** The ring R_q for (n, q). */
    public Ring ring() {
        return Ring.of(ringDegree, modulus);
    }

    /** The secret distribution named by {@link #secretDistribution()}. */
    public SecretDistribution distribution() {
        return SecretDistribution.fromWireName(secretDistribution)
            .orElseThrow(() -> new IllegalArgumentException("secretDistribution must be \"cbd\" or \"uniform\""));
    }

    /** β = τ·η: the bound on ‖c·s‖∞ for a challenge c and a short secret s. */
    public long challengeTimesSecretBound() {
        return (long) challengeWeight * eta;
    }

    /** γ − τη: the infinity-norm bound an accepted proof response must meet. */
    public long responseBound() {
        return gamma - challengeTimesSecretBound();
    }
}
