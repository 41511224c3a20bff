package io.nexuszero.crypto.engine.estimator;

/**
 * The root-Hermite factor δ(β) reached by BKZ with block size β, in the asymptotic form used by the 2016 estimate
 * [ADPS16] and by the lattice-estimator ({@code reduction.py}, {@code _delta}) for β &gt; 40:
 * <pre>  δ(β) = ((πβ)^(1/β) · β / (2πe))^(1/(2(β−1)))</pre>
 * Under the geometric series assumption (GSA) a BKZ-β reduced basis of a d-dimensional lattice of volume V has
 * Gram–Schmidt norms ‖b*_i‖ = δ^(d−2i+1) · V^(1/d) (i = 1..d), so ‖b_1‖ = δ^(d−1) · V^(1/d) and the norms decay by a
 * factor δ² from one index to the next. Every attack in this package uses exactly this shape.
 */
final class RootHermiteFactor {

    /**
     * Smallest block size the formula is used for. Below 40 the asymptotic formula is not meaningful (the
     * lattice-estimator switches to a table of measured values there); every search starts at 40, so an instance
     * that breaks with β ≤ 40 is reported as β = 40.
     */
    static final int MIN_BLOCK_SIZE = 40;

    private RootHermiteFactor() {
    }

    /** ln δ(β) for β ≥ {@link #MIN_BLOCK_SIZE}. */
    static double logDelta(int beta) {
        if (beta < MIN_BLOCK_SIZE) {
            throw new IllegalArgumentException("block size " + beta + " is below " + MIN_BLOCK_SIZE);
        }
        double b = beta;
        double logInner = Math.log(Math.PI * b) / b + Math.log(b) - Math.log(2 * Math.PI * Math.E);
        return logInner / (2 * (b - 1));
    }

    /** δ(β) itself. */
    static double delta(int beta) {
        return Math.exp(logDelta(beta));
    }
}
