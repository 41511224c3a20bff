package io.nexuszero.crypto.engine.estimator;

/**
 * A (Module-)SIS instance: find a nonzero x ∈ Z^(n·cols) with A·x ≡ 0 (mod q) and ‖x‖ ≤ bound, for a uniform
 * A ∈ R_q^(rows × cols), R_q = Z_q[X]/(X^n + 1). As a plain SIS instance the lattice
 * {x ∈ Z^m : A·x ≡ 0 mod q} has dimension m = n·cols and n·rows constraints (volume q^(n·rows)). Plain SIS is the
 * case n = 1. With cols ≤ rows, A is injective mod q for almost all A, the lattice is q·Z^m and only B ≥ q can be
 * reached (the estimate is then either trivial or infinite).
 *
 * @param n     ring degree (1 for plain SIS)
 * @param q     modulus
 * @param rows  rows of A (module rank of the constraints)
 * @param cols  columns of A
 * @param bound norm bound B on the solution
 * @param norm  the norm B refers to
 */
public record SisInstance(int n, long q, int rows, int cols, double bound, SisNorm norm) {

    public SisInstance {
        if (n < 1 || rows < 1 || cols < 1) {
            throw new IllegalArgumentException("ring degree, rows and columns must be positive, were n=" + n
                + ", rows=" + rows + ", cols=" + cols);
        }
        if (q < 2) {
            throw new IllegalArgumentException("modulus q must be at least 2, was " + q);
        }
        if (!(bound >= 1) || Double.isInfinite(bound)) {
            throw new IllegalArgumentException("norm bound must be a finite number >= 1, was " + bound);
        }
        if (norm == null) {
            throw new IllegalArgumentException("norm must be given");
        }
    }

    /** Lattice dimension m = n·cols. */
    int dimension() {
        return n * cols;
    }

    /** Number of scalar constraints n·rows (the lattice has volume q^(n·rows)). */
    int constraints() {
        return n * rows;
    }

    /** A q-vector (q·e_i) is a solution when B ≥ q, in either norm. */
    boolean triviallyBroken() {
        return bound >= q;
    }
}
