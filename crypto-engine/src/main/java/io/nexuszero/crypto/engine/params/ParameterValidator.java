package io.nexuszero.crypto.engine.params;

import io.nexuszero.crypto.engine.ring.ModularMath;
import io.nexuszero.crypto.engine.ring.Ntt;
import io.nexuszero.crypto.engine.ring.Ring;
import io.nexuszero.crypto.engine.sampling.BoundedSampler;
import io.nexuszero.crypto.engine.sampling.CbdSampler;
import io.nexuszero.crypto.engine.sampling.SecretDistribution;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks custom {@link LatticeParameters} against the engine's structural rules and reports every broken rule with a
 * precise reason (parameters are public, so reasons may quote them):
 * <ul>
 *   <li>n a power of two in [256, 4096];</li>
 *   <li>q prime (deterministic Miller–Rabin) and q ≡ 1 (mod 4), so X^n + 1 splits into K binomials (K = n when
 *       q ≡ 1 mod 2n), and every non-zero challenge difference is invertible (q^(1/K)/√K &gt; 2,
 *       {@link Soundness}) — without that a cheating prover can forge in one NTT slot;</li>
 *   <li>1 ≤ k, l ≤ {@value #MAX_RANK};</li>
 *   <li>secretDistribution "cbd" or "uniform", 1 ≤ η ≤ {@value #MAX_ETA};</li>
 *   <li>1 ≤ τ ≤ n;</li>
 *   <li>τ·η &lt; γ (the response bound γ − τη is positive) and γ &lt; q/2, γ &lt; 2^29 (masks are sampled mod q).</li>
 * </ul>
 * The security rule (every hardness, soundness included, ≥ {@value #MINIMUM_SECURITY_BITS} bits) is a
 * {@link SecurityRule}; {@link #standard()} uses {@link EstimatorSecurityRule} over {@link SecurityAssessment}.
 */
public final class ParameterValidator {

    /** Largest module rank accepted (matrix indexes are single bytes; 64 keeps costs bounded). */
    public static final int MAX_RANK = 64;
    /** Largest η accepted (CBD reads 2η bits per coefficient). */
    public static final int MAX_ETA = CbdSampler.MAX_ETA;
    /** Smallest accepted security estimate for custom parameters, in core-SVP classical bits. */
    public static final int MINIMUM_SECURITY_BITS = 80;

    /**
     * The hardness rule, applied only to structurally valid parameters: returns the reasons the estimated security
     * is too low (empty if acceptable).
     */
    @FunctionalInterface
    public interface SecurityRule {
        /** Reasons why {@code parameters} fall short of the security floor (empty if they meet it). */
        List<String> check(LatticeParameters parameters);
    }

    private final SecurityRule securityRule;

    /** A validator that also applies the given security rule (the estimator-backed ≥ 80-bit check). */
    public ParameterValidator(SecurityRule securityRule) {
        this.securityRule = securityRule;
    }

    /** The validator for client-supplied parameters: structural rules plus the estimator's 80-bit floor. */
    public static ParameterValidator standard() {
        return new ParameterValidator(EstimatorSecurityRule.standard());
    }

    /** Structural rules only (no security floor): for tests and for callers that assess security themselves. */
    public static ParameterValidator structuralOnly() {
        return new ParameterValidator(parameters -> List.of());
    }

    /** All broken rules of {@code p} (empty result if valid). */
    public ValidationResult validate(LatticeParameters p) {
        List<String> reasons = new ArrayList<>();
        if (p == null) {
            return new ValidationResult(List.of("parameters are missing"));
        }
        int n = p.ringDegree();
        boolean degreeOk = n >= Ring.MIN_DEGREE && n <= Ring.MAX_DEGREE && Integer.bitCount(n) == 1;
        if (!degreeOk) {
            reasons.add("ringDegree: " + n + " is not a power of two in [256, 4096]");
        }
        long q = p.modulus();
        if (q < 3) {
            reasons.add("modulus: " + q + " must be a prime >= 3");
        } else if (!ModularMath.isPrime(q)) {
            reasons.add("modulus: " + q + " is not prime");
        } else if (q % 4 != 1) {
            reasons.add("modulus: " + q + " is not congruent to 1 mod 4 (X^n + 1 must split into binomials for the NTT)");
        } else if (degreeOk && !Soundness.differencesInvertible(n, q)) {
            int slots = Ntt.splitting(n, (int) q);
            reasons.add("modulus: " + q + " splits X^n + 1 into " + slots + " factors, too many for challenge "
                + "differences to be provably invertible (needs q^(1/K)/sqrt(K) > 2, Lyubashevsky-Seiler), so a "
                + "cheating prover could forge in one NTT slot; choose a prime q = 2K + 1 (mod 4K) with K <= 8, "
                + "e.g. q = 17 (mod 32)");
        }
        checkRange(reasons, "rankK", p.rankK(), 1, MAX_RANK);
        checkRange(reasons, "rankL", p.rankL(), 1, MAX_RANK);
        if (SecretDistribution.fromWireName(p.secretDistribution()).isEmpty()) {
            reasons.add("secretDistribution: must be \"cbd\" or \"uniform\"");
        }
        checkRange(reasons, "eta", p.eta(), 1, MAX_ETA);
        if (p.challengeWeight() < 1 || (degreeOk && p.challengeWeight() > n)) {
            reasons.add("challengeWeight: " + p.challengeWeight() + " must be in [1, n]");
        }
        checkGamma(reasons, p);
        if (reasons.isEmpty()) {
            reasons.addAll(securityRule.check(p));
        }
        return new ValidationResult(reasons);
    }

    /**
     * Returns {@code p} if valid.
     *
     * @throws InvalidParametersException listing every broken rule otherwise
     */
    public LatticeParameters requireValid(LatticeParameters p) {
        ValidationResult result = validate(p);
        if (!result.isValid()) {
            throw new InvalidParametersException(result);
        }
        return p;
    }

    private static void checkGamma(List<String> reasons, LatticeParameters p) {
        long gamma = p.gamma();
        long beta = p.challengeTimesSecretBound();
        if (gamma <= beta) {
            reasons.add("gamma: " + gamma + " must exceed challengeWeight * eta = " + beta
                + " (responses must satisfy |z| <= gamma - challengeWeight * eta)");
        }
        if (2 * gamma >= p.modulus()) {
            reasons.add("gamma: " + gamma + " must be below modulus / 2");
        }
        if (gamma > BoundedSampler.MAX_BOUND) {
            reasons.add("gamma: " + gamma + " must be below 2^29");
        }
    }

    private static void checkRange(List<String> reasons, String field, int value, int min, int max) {
        if (value < min || value > max) {
            reasons.add(field + ": " + value + " must be in [" + min + ", " + max + "]");
        }
    }
}
