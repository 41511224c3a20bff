package io.nexuszero.crypto.engine.proof;

import io.nexuszero.crypto.engine.estimator.LweEstimate;
import io.nexuszero.crypto.engine.estimator.SecurityEstimator;
import io.nexuszero.crypto.engine.estimator.SisEstimate;
import io.nexuszero.crypto.engine.estimator.SisInstance;
import io.nexuszero.crypto.engine.estimator.SisNorm;
import io.nexuszero.crypto.engine.params.LatticeParameters;
import io.nexuszero.crypto.engine.params.Presets;
import io.nexuszero.crypto.engine.params.Soundness;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hardness a range proof relies on beyond the preset's own assessment (which covers commitments of up to 16
 * message polynomials): in each preset's chunk (32 values), the auxiliary commitment has ℓ_a = 2r + R·ℓ_s slots, so
 * its hiding instance has more samples and its binding and knowledge instances more columns. Each must still reach
 * the preset's target; and the soundness error must (docs/CRYPTO.md, section 4).
 */
class RangeParametersTest {

    @Test
    void theWidestRangeProofOfEveryPresetKeepsItsTarget() {
        for (var set : Presets.all()) {
            LatticeParameters lp = set.parameters();
            ProofParameters p = ProofParameters.of(set);
            int target = Presets.targetBits(set);
            RangeLayout widest = RangeLayout.of(p, RangeProof.chunkValues(p));
            int ell = Math.max(widest.auxiliarySlots(), widest.bitPolys());
            int n = lp.ringDegree();
            long q = lp.modulus();
            int k = lp.rankK();
            int l = lp.rankL();
            LweEstimate hiding = SecurityEstimator.estimateLwe(
                    SecurityEstimator.moduleLwe(n, q, k + ell, l, lp.secretDistribution(), lp.eta()));
            SisEstimate binding = SecurityEstimator.estimateSis(new SisInstance(n, q, k, k + ell + l,
                    8.0 * lp.challengeWeight() * p.responseBound(), SisNorm.INFINITY));
            SisEstimate knowledge = SecurityEstimator.estimateSis(new SisInstance(n, q, k, k + ell + l + 1,
                    2.0 * p.responseBound(), SisNorm.INFINITY));
            System.out.printf("%s ℓ_a=%d hiding %.1f binding %.1f knowledge %.1f soundness %.2f%n", set.id(), ell,
                    hiding.classicalBits(), binding.classicalBits(), knowledge.classicalBits(), Soundness.rangeBits(lp));
            assertThat(hiding.classicalBits()).as(set.id() + " hiding").isGreaterThanOrEqualTo(target);
            assertThat(binding.classicalBits()).as(set.id() + " binding").isGreaterThanOrEqualTo(target);
            assertThat(knowledge.classicalBits()).as(set.id() + " knowledge").isGreaterThanOrEqualTo(target);
            assertThat(Soundness.rangeBits(lp)).as(set.id() + " soundness").isGreaterThanOrEqualTo(target);
        }
    }

    @Test
    void theSoundnessFormulaFallsWithTheChallengeSpace() {
        // τ = 39 at nz-192's other numbers: 2/|C| = 2^-191.76 — below 192, which is why nz-192 uses τ = 40
        LatticeParameters tau39 = new LatticeParameters(256, 268435313, 9, 8, "cbd", 2, 39, 1 << 19);
        assertThat(Soundness.rangeBits(tau39)).isBetween(191.5, 191.8);
        assertThat(Soundness.rangeBits(Presets.NZ_128.parameters())).isBetween(130.0, 130.1);
    }
}
