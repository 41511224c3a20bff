package io.nexuszero.crypto.engine.params;

import io.nexuszero.crypto.engine.ring.ModularMath;
import io.nexuszero.crypto.engine.ring.Ntt;
import io.nexuszero.crypto.engine.ring.Ring;
import io.nexuszero.crypto.engine.sampling.ChallengeSampler;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The documented properties of the presets (docs/CRYPTO.md, "Parameter presets") hold for the data in Presets. */
class PresetsTest {

    private static double log2Binomial(int n, int k) {
        double r = 0;
        for (int i = 1; i <= k; i++) {
            r += Math.log((double) (n - k + i) / i);
        }
        return r / Math.log(2);
    }

    @Test
    void keyModuleLweAndProofModuleSisReachTheTarget() {
        for (ParameterSet preset : Presets.all()) {
            SecurityAssessment assessment = SecurityAssessment.of(preset.parameters());
            int target = Presets.targetBits(preset);
            assertThat(assessment.keyModuleLwe().classicalBits()).as(preset.id() + " MLWE").isGreaterThanOrEqualTo(target);
            assertThat(assessment.proofModuleSis().classicalBits()).as(preset.id() + " MSIS").isGreaterThanOrEqualTo(target);
            for (SecurityAssessment.Hardness h : assessment.all()) {
                assertThat(h.classicalBits()).as(preset.id() + " " + h.name()).isGreaterThanOrEqualTo(target);
            }
            assertThat(assessment.classicalBits()).isGreaterThanOrEqualTo(target);
        }
    }

    /**
     * τ is the smallest weight with log2|C| − 1 ≥ λ: range proofs are 3-special sound (error 2/|C| per query), so
     * they too reach λ; a smaller τ does not (nz-192 at τ = 39: 192.76 − 1 < 192).
     */
    @Test
    void challengeWeightIsTheSmallestWhoseHalvedChallengeSpaceReachesTheTarget() {
        for (ParameterSet preset : Presets.all()) {
            LatticeParameters p = preset.parameters();
            int n = p.ringDegree();
            int tau = p.challengeWeight();
            int target = Presets.targetBits(preset);
            assertThat(log2Binomial(n, tau) + tau - 1).as(preset.id()).isGreaterThanOrEqualTo(target);
            assertThat(log2Binomial(n, tau - 1) + (tau - 1) - 1).as(preset.id() + " at τ − 1").isLessThan(target);
        }
    }

    @Test
    void expectedProofRepetitionsStaySmall() {
        for (ParameterSet preset : Presets.all()) {
            LatticeParameters p = preset.parameters();
            // per masked coefficient, Pr[accept] = (2(γ − τη) + 1) / (2γ + 1); (k + l)·n masked coefficients
            double perCoefficient = (2.0 * p.responseBound() + 1) / (2.0 * p.gamma() + 1);
            double expectedAttempts = Math.pow(perCoefficient, -(double) (p.rankK() + p.rankL()) * p.ringDegree());
            assertThat(expectedAttempts).as(preset.id()).isBetween(1.0, 4.0);
        }
    }

    /** γ is the largest power of two whose weak-opening binding still reaches the target: fewest repetitions. */
    @Test
    void gammaIsTheLargestPowerOfTwoThatKeepsWeakOpeningBindingAtTheTarget() {
        for (ParameterSet preset : Presets.all()) {
            LatticeParameters p = preset.parameters();
            LatticeParameters doubled = new LatticeParameters(p.ringDegree(), p.modulus(), p.rankK(), p.rankL(),
                    p.secretDistribution(), p.eta(), p.challengeWeight(), 2 * p.gamma());
            int target = Presets.targetBits(preset);
            assertThat(Integer.bitCount(p.gamma())).isEqualTo(1);
            assertThat(SecurityAssessment.of(p).commitmentBinding().classicalBits()).as(preset.id())
                    .isGreaterThanOrEqualTo(target);
            assertThat(SecurityAssessment.of(doubled).commitmentBinding().classicalBits()).as(preset.id())
                    .isLessThan(target);
        }
    }

    @Test
    void parameterEncodingIsFixedLengthAndInjectiveOnPresets() {
        assertThat(ParameterEncoding.encode(Presets.NZ_128.parameters())).hasSize(ParameterEncoding.LENGTH)
            .isEqualTo(new byte[] {0, 1, 0x71, (byte) 0xFF, (byte) 0xFF, 0x0F, 6, 6, 0, 2, 23, 0, 0, 0, 4, 0});
        assertThat(ParameterEncoding.encode(Presets.NZ_192.parameters()))
            .isNotEqualTo(ParameterEncoding.encode(Presets.NZ_256.parameters()));
    }

    @Test
    void everyChallengeDifferenceIsInvertible() {
        for (ParameterSet preset : Presets.all()) {
            LatticeParameters p = preset.parameters();
            Ring ring = p.ring();
            Ntt ntt = ring.ntt();
            // q ≡ 17 (mod 32): X^256 + 1 = Π (X^32 − r_j), each irreducible because r_j is a non-square mod q
            assertThat(p.modulus() % 32).isEqualTo(17);
            assertThat(ntt.slots()).isEqualTo(8);
            for (int j = 0; j < ntt.slots(); j++) {
                assertThat(ModularMath.powMod(ntt.slotRoot(j), (p.modulus() - 1) / 2, p.modulus()))
                    .as("r_%d is a quadratic non-residue", j).isEqualTo(p.modulus() - 1L);
            }
            assertThat(Soundness.differencesInvertible(p.ringDegree(), p.modulus())).isTrue();
            assertThat(Soundness.classicalBits(p)).isEqualTo(
                log2Binomial(p.ringDegree(), p.challengeWeight()) + p.challengeWeight(), within(1e-9));
            // and, empirically, no difference of 2000 random challenges vanishes in any factor
            SplittableRandom random = new SplittableRandom(7);
            for (int trial = 0; trial < 2000; trial++) {
                byte[] a = new byte[64];
                byte[] b = new byte[64];
                random.nextBytes(a);
                random.nextBytes(b);
                int[] difference = ChallengeSampler.sampleInBall(ring, p.challengeWeight(), a)
                    .subtract(ChallengeSampler.sampleInBall(ring, p.challengeWeight(), b)).toNtt().values();
                for (int j = 0; j < ntt.slots(); j++) {
                    int d = ntt.slotDegree();
                    assertThat(Arrays.copyOfRange(difference, j * d, j * d + d)).as("slot %d", j)
                        .isNotEqualTo(new int[d]);
                }
            }
        }
    }

    @Test
    void mlDsaModulusWouldAllowTheOneSlotAttack() {
        // the presets' former q: complete splitting, one factor is Z_q, so the soundness is at most log2 q ≈ 23 bits
        LatticeParameters former = new LatticeParameters(256, 8380417, 5, 5, "cbd", 2, 39, 1 << 18);
        assertThat(Soundness.differencesInvertible(256, 8380417)).isFalse();
        assertThat(Soundness.classicalBits(former)).isCloseTo(23.0, within(0.01));
    }
}
