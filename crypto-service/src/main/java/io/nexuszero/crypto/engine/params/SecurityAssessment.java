package io.nexuszero.crypto.engine.params;

import io.nexuszero.crypto.engine.estimator.LweEstimate;
import io.nexuszero.crypto.engine.estimator.SecurityEstimator;
import io.nexuszero.crypto.engine.estimator.SisEstimate;
import io.nexuszero.crypto.engine.estimator.SisInstance;
import io.nexuszero.crypto.engine.estimator.SisNorm;

/**
 * The hardness a parameter set relies on for its keys and the {@code lwe-secret} proof, from the estimator:
 * <ul>
 *   <li><b>key Module-LWE</b>: t = A·s1 + s2 with A ∈ R_q^{k×l}, s1, s2 ~ D_η (secret dimension n·l, n·k samples);</li>
 *   <li><b>proof Module-SIS</b>: the extractor yields A·z̄1 + z̄2 − c̄·t = 0, i.e. a nonzero short vector in the kernel
 *       of [A | I_k | t] ∈ R_q^{k×(l+k+1)} with ‖·‖∞ ≤ 2(γ − τη) (the challenge difference has ‖c̄‖∞ ≤ 2, below
 *       that bound).</li>
 * </ul>
 * The commitment schemes' own hiding/binding instances are assessed by the proof package.
 *
 * @param keyModuleLwe   cheapest attack on the key's Module-LWE instance
 * @param proofModuleSis cost of the proof's ℓ∞ Module-SIS instance
 */
public record SecurityAssessment(LweEstimate keyModuleLwe, SisEstimate proofModuleSis) {

    /** Estimates both instances for valid parameters. */
    public static SecurityAssessment of(LatticeParameters p) {
        LweEstimate lwe = SecurityEstimator.estimateLwe(SecurityEstimator.moduleLwe(p.ringDegree(), p.modulus(),
            p.rankK(), p.rankL(), p.secretDistribution(), p.eta()));
        double extractedBound = 2.0 * p.responseBound();
        SisEstimate sis = SecurityEstimator.estimateSis(new SisInstance(p.ringDegree(), p.modulus(), p.rankK(),
            p.rankL() + p.rankK() + 1, extractedBound, SisNorm.INFINITY));
        return new SecurityAssessment(lwe, sis);
    }

    /** The weaker of the two, in core-SVP classical bits. */
    public double classicalBits() {
        return Math.min(keyModuleLwe.classicalBits(), proofModuleSis.classicalBits());
    }

    /** The weaker of the two, in core-SVP quantum bits. */
    public double quantumBits() {
        return Math.min(keyModuleLwe.quantumBits(), proofModuleSis.quantumBits());
    }
}
