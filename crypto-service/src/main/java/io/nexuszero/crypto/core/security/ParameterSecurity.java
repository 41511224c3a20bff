package io.nexuszero.crypto.core.security;

import io.nexuszero.crypto.api.EstimateJson;
import io.nexuszero.crypto.api.HardnessJson;
import io.nexuszero.crypto.engine.estimator.LweEstimate;
import io.nexuszero.crypto.engine.estimator.SecurityEstimator;
import io.nexuszero.crypto.engine.estimator.SisEstimate;
import io.nexuszero.crypto.engine.estimator.SisInstance;
import io.nexuszero.crypto.engine.estimator.SisNorm;
import io.nexuszero.crypto.engine.params.LatticeParameters;
import io.nexuszero.crypto.engine.proof.CommitmentOpeningProof;
import io.nexuszero.crypto.engine.proof.ProofParameters;

/**
 * The security estimate of a parameter set over every hardness assumption it relies on, from the engine's
 * estimator (primal uSVP and dual for LWE, ℓ∞ Module-SIS):
 * <ul>
 *   <li>Module-LWE: the key (t = A·s1 + s2: l secret and k sample polynomials) and the BDLOP commitments' hiding
 *       (secret r3 of l polynomials, k + ℓ samples, ℓ = ⌈L/n⌉ message polynomials at the largest supported L);</li>
 *   <li>Module-SIS: the lwe-secret extractor's kernel vector of [A | I_k | t] and the commitments' binding (a weak
 *       opening is a kernel vector of [A1 | t1], k × (k + ℓ + l + 1)), both with ‖·‖∞ ≤ 2(γ − τη).</li>
 * </ul>
 * Each line reports its weakest instance; the top level is the weaker line (by core-SVP classical bits).
 */
public final class ParameterSecurity {

    /** Reported in place of an infinite cost (no attack up to the full dimension): JSON has no infinity. */
    static final double NO_ATTACK_BITS = 10_000;

    private ParameterSecurity() {
    }

    /** For structurally valid parameters. */
    public static EstimateJson estimate(LatticeParameters p) {
        int n = p.ringDegree();
        int k = p.rankK();
        int l = p.rankL();
        int maxMessagePolys = messagePolys(p);
        LweEstimate key = SecurityEstimator.estimateLwe(SecurityEstimator.moduleLwe(n, p.modulus(), k, l,
                p.secretDistribution(), p.eta()));
        LweEstimate hiding = SecurityEstimator.estimateLwe(SecurityEstimator.moduleLwe(n, p.modulus(),
                k + maxMessagePolys, l, p.secretDistribution(), p.eta()));
        double bound = 2.0 * p.responseBound();
        SisEstimate soundness = SecurityEstimator.estimateSis(new SisInstance(n, p.modulus(), k, l + k + 1, bound,
                SisNorm.INFINITY));
        SisEstimate binding = SecurityEstimator.estimateSis(new SisInstance(n, p.modulus(), k,
                k + maxMessagePolys + l + 1, bound, SisNorm.INFINITY));
        HardnessJson mlwe = weaker(hardness(key), hardness(hiding));
        HardnessJson msis = weaker(hardness(soundness), hardness(binding));
        HardnessJson overall = weaker(mlwe, msis);
        return new EstimateJson(overall.beta(), overall.classicalBits(), overall.quantumBits(),
                overall.gateCountBits(), mlwe, msis);
    }

    private static int messagePolys(LatticeParameters p) {
        int maxValues;
        try {
            maxValues = CommitmentOpeningProof.maxValues(ProofParameters.of(p));
        } catch (IllegalArgumentException unusable) {
            maxValues = 1;
        }
        return Math.max(1, (maxValues + p.ringDegree() - 1) / p.ringDegree());
    }

    private static HardnessJson hardness(LweEstimate e) {
        return new HardnessJson(e.beta(), finite(e.classicalBits()), finite(e.quantumBits()),
                finite(e.gateCountBits()));
    }

    private static HardnessJson hardness(SisEstimate e) {
        return new HardnessJson(e.beta(), finite(e.classicalBits()), finite(e.quantumBits()),
                finite(e.gateCountBits()));
    }

    private static HardnessJson weaker(HardnessJson a, HardnessJson b) {
        return a.classicalBits() <= b.classicalBits() ? a : b;
    }

    private static double finite(double bits) {
        return Double.isFinite(bits) ? Math.round(Math.min(bits, NO_ATTACK_BITS) * 10) / 10.0 : NO_ATTACK_BITS;
    }
}
