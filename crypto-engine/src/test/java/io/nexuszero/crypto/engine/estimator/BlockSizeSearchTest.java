package io.nexuszero.crypto.engine.estimator;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;
import java.util.function.IntToDoubleFunction;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fast searches (binary search, downward scan from the one-sieve point) must give exactly what a full scan of
 * every block size from 40 gives, on random instances across the range the API accepts.
 */
class BlockSizeSearchTest {

    private static final int INSTANCES = 60;

    @Test
    void lweSearchesAgreeWithAFullScan() {
        SplittableRandom random = new SplittableRandom(20261127);
        for (int i = 0; i < INSTANCES; i++) {
            int n = 64 * (1 + random.nextInt(24));
            int m = 64 * (1 + random.nextInt(24));
            double log2Q = 8 + random.nextDouble() * 40;
            double secretSigma = 0.5 + random.nextDouble() * 3;
            double errorSigma = 0.5 + random.nextDouble() * 8;
            LweInstance instance = new LweInstance(n, log2Q, secretSigma, errorSigma, m);

            assertThat(PrimalUsvp.estimate(instance).beta()).as(instance.toString())
                .isEqualTo(firstSucceedingPrimalBeta(instance));
            double logC = instance.logQ() + Math.log(secretSigma / errorSigma);
            assertThat(DualAttack.estimate(instance).beta()).as(instance.toString())
                .isEqualTo(cheapestByScan(n + m, b -> DualAttack.log2VectorsNeeded(instance, logC, b)));
        }
    }

    @Test
    void sisSearchesAgreeWithAFullScan() {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < INSTANCES; i++) {
            int n = 1 << (6 + random.nextInt(3));
            int rows = 1 + random.nextInt(5);
            int cols = rows + 1 + random.nextInt(6);
            long q = 3329 + random.nextInt(1 << 23);
            double bound = 2 + random.nextDouble() * q / 4;
            SisInstance linf = new SisInstance(n, q, rows, cols, bound, SisNorm.INFINITY);
            SisInstance l2 = new SisInstance(n, q, rows, cols, bound, SisNorm.EUCLIDEAN);
            double logVolume = linf.constraints() * Math.log(q);

            int expectedInfinity = cheapestByScan(linf.dimension(),
                b -> SisInfinityAttack.log2VectorsNeeded(linf, logVolume, b));
            assertThat(SisInfinityAttack.estimate(linf).beta()).as(linf.toString())
                .isEqualTo(Math.max(expectedInfinity, 0));
            int expectedEuclidean = 0;
            for (int beta = 40; beta <= l2.dimension(); beta++) {
                if (SisEuclideanAttack.logShortest(l2.constraints(), l2.dimension(), Math.log(q), beta)
                    <= Math.log(bound)) {
                    expectedEuclidean = beta;
                    break;
                }
            }
            assertThat(SisEuclideanAttack.estimate(l2).beta()).as(l2.toString()).isEqualTo(expectedEuclidean);
        }
    }

    private static int firstSucceedingPrimalBeta(LweInstance instance) {
        for (int beta = 40; beta <= instance.n() + instance.m() + 1; beta++) {
            if (PrimalUsvp.smallestSucceedingDimension(instance, beta).isPresent()) {
                return beta;
            }
        }
        return 0;
    }

    private static int cheapestByScan(int maxBeta, IntToDoubleFunction log2VectorsNeeded) {
        int best = -1;
        double bestCost = Double.POSITIVE_INFINITY;
        for (int beta = 40; beta <= maxBeta; beta++) {
            double cost = CostModel.classicalBits(beta,
                BlockSizeSearch.log2Repetitions(beta, log2VectorsNeeded.applyAsDouble(beta)));
            if (cost < bestCost) {
                bestCost = cost;
                best = beta;
            }
        }
        return best;
    }
}
