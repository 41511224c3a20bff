package io.nexuszero.crypto.engine.proof;

import io.nexuszero.crypto.engine.ring.PolyVec;

/** The abort rule of Fiat–Shamir with aborts, and the attempt budget derived from its expected repetitions. */
final class Rejection {

    /** Parameter sets whose expected repetitions exceed this are refused for that proof (a prover would crawl). */
    static final double MAX_EXPECTED_ATTEMPTS = 10_000;

    private Rejection() {
    }

    /**
     * Attempt budget for a loop over {@code polys} masked polynomials: 64× the expected repetitions (at least 1000),
     * so an honest prover exhausts it with probability about e^-64.
     *
     * @throws IllegalArgumentException if the expected repetitions exceed {@link #MAX_EXPECTED_ATTEMPTS}
     */
    static int attemptBudget(ProofParameters p, long polys) {
        return attemptBudget(p.expectedAttempts(polys));
    }

    /** The same budget for a loop whose expected repetitions are {@code expected} (Gaussian masks). */
    static int attemptBudget(double expected) {
        if (!(expected <= MAX_EXPECTED_ATTEMPTS)) {
            throw new IllegalArgumentException("these parameters need about " + Math.round(Math.min(expected, 1e18))
                    + " rejection-sampling attempts per proof (limit " + (long) MAX_EXPECTED_ATTEMPTS + ")");
        }
        return (int) Math.max(1000, Math.ceil(64 * expected));
    }

    /** True if every coefficient of z is within [−B, B] (branch-free norm; only the verdict is revealed). */
    static boolean accepts(PolyVec z, ProofParameters p) {
        return z.infinityNorm() <= p.responseBound();
    }

    static IllegalStateException exhausted() {
        return new IllegalStateException("rejection sampling exceeded its attempt budget");
    }
}
