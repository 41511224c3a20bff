package io.nexuszero.crypto.engine.estimator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class SisEstimateTest {

    private static final long DILITHIUM_Q = 8380417;

    /**
     * Dilithium round-3 specification, Table 1, "BKZ block-size b to break SIS" and "Best Known Classical bit-cost":
     * Dilithium2 423 / 123, Dilithium3 638 / 186, Dilithium5 909 / 265. The instance is the (weak) unforgeability
     * MSIS: k rows, k + l + 1 columns, ℓ∞ bound ζ = max(γ1, 2γ2 + 1 + 2^(d−1)·τ) with d = 13 dropped bits.
     */
    @ParameterizedTest(name = "Dilithium k={0} l={1}: β = {6}, {7} classical bits")
    @CsvSource({
        "4, 4, 131072, 95232, 39, 13, 423, 123",
        "6, 5, 524288, 261888, 49, 13, 638, 186",
        "8, 7, 524288, 261888, 60, 13, 909, 265",
    })
    void dilithiumMsisFiguresAreReproduced(int k, int l, long gamma1, long gamma2, int tau, int droppedBits,
                                           int publishedBeta, int publishedClassicalBits) {
        long zeta = Math.max(gamma1, 2 * gamma2 + 1 + (1L << (droppedBits - 1)) * tau);
        SisEstimate e = SecurityEstimator.estimateSis(
            new SisInstance(256, DILITHIUM_Q, k, k + l + 1, zeta, SisNorm.INFINITY));
        assertThat(e.attack()).isEqualTo("sis-infinity");
        assertThat(e.beta()).isEqualTo(publishedBeta);
        assertThat((int) Math.floor(e.classicalBits())).isEqualTo(publishedClassicalBits);
        assertThat(e.log2Repetitions()).isZero();
    }

    @Test
    void euclideanBlockSizeMatchesTheLatticeEstimatorExample() {
        // lattice-estimator sis_lattice.py doctest: SIS.Parameters(n=113, q=2048, length_bound=512, norm=2)
        // -> "δ: 1.011391, β: 61, d: 276" (they fix d ≈ √(n·log q / log δ) first; we optimise d per β).
        SisEstimate e = SecurityEstimator.estimateSis(new SisInstance(1, 2048, 113, 1000, 512, SisNorm.EUCLIDEAN));
        assertThat(e.attack()).isEqualTo("sis-euclidean");
        assertThat(e.beta()).isEqualTo(61);
        assertThat(e.d()).isCloseTo(276, within(3));
    }

    @Test
    void aBoundOfAtLeastQIsTriviallyBroken() {
        SisEstimate euclidean =
            SecurityEstimator.estimateSis(new SisInstance(256, 3329, 2, 4, 3329, SisNorm.EUCLIDEAN));
        SisEstimate infinity = SecurityEstimator.estimateSis(new SisInstance(256, 3329, 2, 4, 5000, SisNorm.INFINITY));
        for (SisEstimate e : new SisEstimate[] {euclidean, infinity}) {
            assertThat(e.attack()).isEqualTo("trivial");
            assertThat(e.classicalBits()).isZero();
            assertThat(e.gateCountBits()).isZero();
        }
    }

    @Test
    void aLargerBoundIsEasierInBothNorms() {
        for (SisNorm norm : SisNorm.values()) {
            SisEstimate tight = SecurityEstimator.estimateSis(new SisInstance(256, DILITHIUM_Q, 4, 9, 1 << 12, norm));
            SisEstimate loose = SecurityEstimator.estimateSis(new SisInstance(256, DILITHIUM_Q, 4, 9, 1 << 18, norm));
            assertThat(loose.classicalBits()).as(norm.name()).isLessThan(tight.classicalBits());
        }
    }

    @Test
    void theInfinityNormBoundIsHarderThanTheSameEuclideanBound() {
        // ‖x‖₂ ≤ B implies ‖x‖∞ ≤ B, so an ℓ∞ bound B admits more solutions and can only be easier to meet
        // than the Euclidean bound B.
        SisEstimate infinity =
            SecurityEstimator.estimateSis(new SisInstance(256, DILITHIUM_Q, 4, 9, 1 << 16, SisNorm.INFINITY));
        SisEstimate euclidean =
            SecurityEstimator.estimateSis(new SisInstance(256, DILITHIUM_Q, 4, 9, 1 << 16, SisNorm.EUCLIDEAN));
        assertThat(infinity.beta()).isLessThanOrEqualTo(euclidean.beta());
    }

    @Test
    void withNoMoreColumnsThanRowsOnlyTheTrivialSolutionsExist() {
        SisEstimate e = SecurityEstimator.estimateSis(new SisInstance(256, 3329, 3, 3, 100, SisNorm.EUCLIDEAN));
        assertThat(e.classicalBits()).isInfinite();
    }
}
