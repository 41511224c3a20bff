package io.nexuszero.crypto.engine.estimator;

import java.util.function.IntPredicate;
import java.util.function.IntToDoubleFunction;

/**
 * The two block-size searches the attacks need, in O(log β) or O(few) evaluations instead of a scan from 40, so that
 * one estimate costs microseconds (the API evaluates hundreds of candidate parameter sets per request).
 */
final class BlockSizeSearch {

    /** Below the cheapest block size, stop looking once the cost exceeds the best by this many bits. */
    private static final double GIVE_UP_MARGIN_BITS = 2.0;

    private BlockSizeSearch() {
    }

    /**
     * The smallest β in [from, to] for which {@code succeeds} holds, or −1 if it fails at {@code to}. Assumes success
     * is monotone in β (a larger block size reduces better); the tests compare against a full scan.
     */
    static int smallestSucceeding(int from, int to, IntPredicate succeeds) {
        if (from > to || !succeeds.test(to)) {
            return -1;
        }
        int lo = from;
        int hi = to;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (succeeds.test(mid)) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    /**
     * The β in [from, to] minimising the core-SVP cost 0.292β + max(0, N(β) − 0.2075β) of an attack that needs
     * 2^N(β) short vectors, N non-increasing in β, and gets 2^(0.2075β) of them per sieve, or −1 if the cost is
     * infinite everywhere. Above the first β where one sieve suffices the cost is 0.292β and only grows; below it
     * the cost is N(β) + 0.0845β, which is scanned downwards until it clearly grows again.
     */
    static int cheapestWithRepetitions(int from, int to, IntToDoubleFunction log2VectorsNeeded) {
        if (from > to) {
            return -1;
        }
        int oneSieveSuffices = smallestSucceeding(from, to,
            beta -> log2VectorsNeeded.applyAsDouble(beta) <= CostModel.log2VectorsPerSieve(beta));
        int start = oneSieveSuffices < 0 ? to : oneSieveSuffices;
        int best = start;
        double bestCost = cost(start, log2VectorsNeeded);
        for (int beta = start - 1; beta >= from; beta--) {
            double cost = cost(beta, log2VectorsNeeded);
            if (cost <= bestCost) {
                best = beta;
                bestCost = cost;
            } else if (cost > bestCost + GIVE_UP_MARGIN_BITS) {
                break;
            }
        }
        return Double.isFinite(bestCost) ? best : -1;
    }

    /** log2 of the repetitions needed: max(0, N(β) − 0.2075β). */
    static double log2Repetitions(int beta, double log2VectorsNeeded) {
        return Math.max(0, log2VectorsNeeded - CostModel.log2VectorsPerSieve(beta));
    }

    private static double cost(int beta, IntToDoubleFunction log2VectorsNeeded) {
        return CostModel.classicalBits(beta, log2Repetitions(beta, log2VectorsNeeded.applyAsDouble(beta)));
    }
}
