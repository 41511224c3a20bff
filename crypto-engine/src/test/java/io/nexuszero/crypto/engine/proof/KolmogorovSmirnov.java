package io.nexuszero.crypto.engine.proof;

/** Two-sample Kolmogorov–Smirnov distance of samples given as histograms over the same integer support. */
final class KolmogorovSmirnov {

    private KolmogorovSmirnov() {
    }

    /** D = max_x |F_a(x) − F_b(x)| for the empirical CDFs of the two histograms. */
    static double distance(long[] a, long[] b) {
        long totalA = 0;
        long totalB = 0;
        for (int i = 0; i < a.length; i++) {
            totalA += a[i];
            totalB += b[i];
        }
        double max = 0;
        long cumulativeA = 0;
        long cumulativeB = 0;
        for (int i = 0; i < a.length; i++) {
            cumulativeA += a[i];
            cumulativeB += b[i];
            max = Math.max(max, Math.abs((double) cumulativeA / totalA - (double) cumulativeB / totalB));
        }
        return max;
    }
}
