package io.nexuszero.crypto.engine.estimator;

import org.junit.jupiter.api.Test;

import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class PrimalUsvpTest {

    private static final double CBD3_SIGMA = Math.sqrt(1.5);
    private static final double CBD2_SIGMA = 1.0;

    @Test
    void kyber512MatchesTheLatticeEstimator() {
        // lattice-estimator README, LWE.estimate.rough(schemes.Kyber512) (ADPS16 = core-SVP):
        // "usvp :: rop: ≈2^118.6, red: ≈2^118.6, δ: 1.003941, β: 406, d: 998"
        LweEstimate e = PrimalUsvp.estimate(LweInstance.ofModulus(512, 3329L, CBD3_SIGMA, CBD3_SIGMA, 512));
        assertThat(e.beta()).isEqualTo(406);
        assertThat(e.d()).isEqualTo(998);
        assertThat(e.samplesUsed()).isEqualTo(998 - 512 - 1);
        assertThat(e.classicalBits()).isCloseTo(118.6, within(0.05));
        assertThat(e.quantumBits()).isCloseTo(0.265 * 406, within(1e-9));
        assertThat(e.log2Repetitions()).isZero();
    }

    @Test
    void kyber768And1024AreWithinAFewBlockSizesOfTheRound3SpecificationsPrimalFigures() {
        // Round-3 Kyber spec (pq-crystals/security-estimates, Z-shape BKZ simulation, d = n + m, up to (k+1)·256
        // samples): primal β = 625 (Kyber768) and 877 (Kyber1024). The 2016-estimate/GSA condition used here
        // (the lattice-estimator's) gives 624 and 874; docs/CRYPTO.md explains the difference.
        LweEstimate kyber768 = PrimalUsvp.estimate(LweInstance.ofModulus(768, 3329L, CBD2_SIGMA, CBD2_SIGMA, 768));
        LweEstimate kyber1024 = PrimalUsvp.estimate(LweInstance.ofModulus(1024, 3329L, CBD2_SIGMA, CBD2_SIGMA, 1024));
        assertThat(kyber768.beta()).isEqualTo(624);
        assertThat(kyber1024.beta()).isEqualTo(874);
        assertThat(kyber768.beta()).isCloseTo(625, within(3));
        assertThat(kyber1024.beta()).isCloseTo(877, within(3));
    }

    @Test
    void rescalesASmallerSecretLikeTheLatticeEstimator() {
        // lattice-estimator lwe_primal.py doctest (issue #87): n=384, q=2^7, Xs=Uniform(0,1) (σ=1/2),
        // Xe=CenteredBinomial(8) (σ=2), m=768 -> "β: 456, d: 595"
        LweEstimate e = PrimalUsvp.estimate(LweInstance.ofModulus(384, 128L, 0.5, 2.0, 768));
        assertThat(e.beta()).isEqualTo(456);
        assertThat(e.d()).isEqualTo(595);
    }

    @Test
    void underTheBdgl16CostModelTheBlockSizeAndDimensionMatchTheLatticeEstimator() {
        // lattice-estimator lwe_primal.py doctest (issue 95): n=1030, m=2060, q=2^64, Xs=Uniform(0,1),
        // Xe=DiscreteGaussian(3.19), red_cost_model=RC.BDGL16 -> "rop: ≈2^56.6, β: 91, d: 1618".
        // BDGL16 costs 0.387β + 16.4 + log2(8d) for β ≤ 90 and 0.292β + 16.4 + log2(8d) above, so its optimum is
        // not the smallest succeeding β; minimise it over β with our success condition.
        LweInstance instance = new LweInstance(1030, 64.0, 0.5, 3.19, 2060);
        int bestBeta = 0;
        int bestD = 0;
        double bestCost = Double.POSITIVE_INFINITY;
        for (int beta = 40; beta <= 200; beta++) {
            OptionalInt d = PrimalUsvp.smallestSucceedingDimension(instance, beta);
            if (d.isEmpty()) {
                continue;
            }
            double sieve = beta <= 90 ? 0.387 : 0.292;
            double cost = sieve * beta + 16.4 + CostModel.log2(8.0 * d.getAsInt());
            if (cost < bestCost) {
                bestCost = cost;
                bestBeta = beta;
                bestD = d.getAsInt();
            }
        }
        assertThat(bestBeta).isEqualTo(91);
        assertThat(bestD).isEqualTo(1618);
        assertThat(bestCost).isCloseTo(56.6, within(0.05));
    }

    @Test
    void moreSamplesOrALargerErrorNeverMakeTheAttackHarderToRun() {
        LweInstance base = LweInstance.ofModulus(512, 3329L, CBD3_SIGMA, CBD3_SIGMA, 256);
        LweEstimate fewSamples = PrimalUsvp.estimate(base);
        LweEstimate moreSamples = PrimalUsvp.estimate(LweInstance.ofModulus(512, 3329L, CBD3_SIGMA, CBD3_SIGMA, 1024));
        LweEstimate widerError = PrimalUsvp.estimate(LweInstance.ofModulus(512, 3329L, CBD3_SIGMA, 3.0, 256));
        LweEstimate largerModulus =
            PrimalUsvp.estimate(LweInstance.ofModulus(512, 1L << 20, CBD3_SIGMA, CBD3_SIGMA, 256));
        assertThat(moreSamples.beta()).isLessThanOrEqualTo(fewSamples.beta());
        assertThat(widerError.beta()).isGreaterThan(fewSamples.beta());
        assertThat(largerModulus.beta()).isLessThan(fewSamples.beta());
    }

    @Test
    void theReportedDimensionIsTheFirstThatSucceeds() {
        LweInstance instance = LweInstance.ofModulus(512, 3329L, CBD3_SIGMA, CBD3_SIGMA, 512);
        LweEstimate e = PrimalUsvp.estimate(instance);
        assertThat(PrimalUsvp.smallestSucceedingDimension(instance, e.beta() - 1)).isEmpty();
        assertThat(PrimalUsvp.smallestSucceedingDimension(instance, e.beta())).hasValue(e.d());
    }

    @Test
    void withTooFewSamplesTheAttackIsReportedInfeasible() {
        // 8 samples: the lattice is barely larger than the secret and its volume is q^8 — no block size works.
        LweEstimate e = PrimalUsvp.estimate(LweInstance.ofModulus(512, 3329L, CBD3_SIGMA, CBD3_SIGMA, 8));
        assertThat(e.feasible()).isFalse();
        assertThat(e.classicalBits()).isInfinite();
    }
}
