package io.nexuszero.crypto.engine.proof;

import io.nexuszero.crypto.engine.params.Presets;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pruned search for the Gaussian masks' k chooses exactly the k that evaluating every k of the grid would (the
 * first one with the fewest expected attempts), so proofs, KATs and sizes do not depend on the pruning: over the
 * presets' chunk loops and thousands of random (T, response bound, largest k, coefficients), including grids where
 * no k is finite, where the tail or the masking factor decides, and grids of one k.
 */
class GaussianMaskingSearchTest {

    @Test
    void thePresetsChooseWhatEveryKWouldChoose() {
        for (var set : Presets.all()) {
            ProofParameters p = ProofParameters.of(set);
            for (long polys = 1; polys <= 400; polys += 7) {
                ShiftBound shiftBound = ShiftBound.of(p, polys);
                assertSameChoice(shiftBound.shift(), p.responseBound(), GaussianMasking.largestK(p),
                        (double) polys * p.degree());
            }
        }
    }

    @Test
    void randomSearchesChooseWhatEveryKWouldChoose() {
        SplittableRandom random = new SplittableRandom(20261207);
        for (int i = 0; i < 4000; i++) {
            double shift = Math.exp(random.nextDouble(0, Math.log(1e6)));
            int bound = (int) Math.min((1 << 29) - 1, Math.max(1, shift * Math.exp(random.nextDouble(-1, Math.log(1e4)))));
            long largestK = random.nextBoolean() ? (1 << 24) - 1 : 1 + random.nextLong(1 << 22);
            double coefficients = Math.exp(random.nextDouble(Math.log(256), Math.log(1e7)));
            assertSameChoice(shift, bound, largestK, coefficients);
        }
    }

    @Test
    void aWrongPruningBoundIsCaught() {
        // the comparison itself has teeth: skipping the grid's first half changes the choice where the optimum is there
        var search = new GaussianMasking.KSearch(1000, 1 << 20, 256 * 40);
        long[] grid = GaussianMasking.kGrid(1000, 1 << 20, (1 << 24) - 1);
        int firstHalfBest = everyK(search, java.util.Arrays.copyOf(grid, grid.length / 2));
        int secondHalfOnly = everyK(search, java.util.Arrays.copyOfRange(grid, grid.length / 2, grid.length));
        assertThat(everyK(search, grid)).isIn(firstHalfBest, secondHalfOnly);
        assertThat(firstHalfBest).isNotEqualTo(secondHalfOnly);
    }

    private static void assertSameChoice(double shift, int bound, long largestK, double coefficients) {
        var search = new GaussianMasking.KSearch(shift, bound, coefficients);
        long[] grid = GaussianMasking.kGrid(shift, bound, largestK);
        assertThat(search.best(grid))
                .as("T %.1f, bound %d, largest k %d, %.0f coefficients", shift, bound, largestK, coefficients)
                .isEqualTo(everyK(search, grid));
    }

    /** The first k of the grid with the fewest expected attempts, evaluating every one; 0 if none is finite. */
    private static int everyK(GaussianMasking.KSearch search, long[] grid) {
        int bestK = 0;
        double best = Double.POSITIVE_INFINITY;
        for (long k : grid) {
            double attempts = search.attempts(k);
            if (attempts < best) {
                best = attempts;
                bestK = (int) k;
            }
        }
        return bestK;
    }
}
