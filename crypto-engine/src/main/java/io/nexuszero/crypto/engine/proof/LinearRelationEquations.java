package io.nexuszero.crypto.engine.proof;

import io.nexuszero.crypto.engine.ring.Poly;
import io.nexuszero.crypto.engine.ring.PolyVec;
import io.nexuszero.crypto.engine.ring.SparseTernary;

/**
 * The linear equations that tie the constant-coefficient proof's h_k = g_k + μ_k·(f(m) − b) to the two BDLOP
 * commitments — the statement's (t1, t2) = (A1·r, A2·r + m) and the garbage commitment (t1', t2') = (A1'·r', A2'·r' + g):
 * <pre>
 *   h_k − t2'_k − μ_k·(f(t2) − b) = −(A2'·r')_k − μ_k·f(A2·r)        (f = {@link InnerProductMap})
 * </pre>
 * The right side is linear in the randomness (r, r'), so the opening proof's masks give its commitment
 * v_k = −(A2'·y')_k − μ_k·f(A2·y) and the verifier recomputes v_k = (same of z, z') − c·(left side), exactly as
 * the other BDLOP proofs recompute w = A1·z − c·t1. Shared by prover and verifier so both compute one formula.
 */
record LinearRelationEquations(CommitmentKey key, CommitmentKey garbageKey, InnerProductMap map) {

    /** v_k = −(A2'·y')_k − μ_k·f(A2·y) for short vectors (‖·‖∞ ≤ bound) y of the statement's, y' of the garbage key. */
    PolyVec linearPart(PolyVec y, PolyVec garbageY, int[] scalars, long bound) {
        Poly f = map.apply(key.a2Times(y, bound));
        PolyVec g = garbageKey.a2Times(garbageY, bound);
        Poly[] out = new Poly[scalars.length];
        for (int k = 0; k < scalars.length; k++) {
            out[k] = g.get(k).add(f.multiplyScalar(scalars[k])).negate();
        }
        return PolyVec.of(out);
    }

    /** The public left side: h_k − t2'_k − μ_k·(f(t2) − b). */
    PolyVec publicPart(PolyVec t2, int constant, PolyVec garbageT2, PolyVec h, int[] scalars) {
        Poly shifted = map.apply(t2).subtract(constantPolynomial(constant, t2));
        Poly[] out = new Poly[scalars.length];
        for (int k = 0; k < scalars.length; k++) {
            out[k] = h.get(k).subtract(garbageT2.get(k)).subtract(shifted.multiplyScalar(scalars[k]));
        }
        return PolyVec.of(out);
    }

    /** The verifier's v_k: linearPart(z, z') − c·publicPart. */
    PolyVec recomputed(PolyVec z, PolyVec garbageZ, int[] scalars, long bound, SparseTernary c, PolyVec publicPart) {
        return linearPart(z, garbageZ, scalars, bound).subtract(c.multiply(publicPart));
    }

    /** h_k = g_k + μ_k·(f(m) − b): the prover's second-round message (coefficient domain). */
    PolyVec masked(PolyVec message, int constant, PolyVec garbage, int[] scalars) {
        Poly shifted = map.apply(message).subtract(constantPolynomial(constant, message));
        Poly[] out = new Poly[scalars.length];
        for (int k = 0; k < scalars.length; k++) {
            out[k] = garbage.get(k).add(shifted.multiplyScalar(scalars[k]));
        }
        shifted.zeroize();
        return PolyVec.of(out);
    }

    private static Poly constantPolynomial(int constant, PolyVec like) {
        int[] coefficients = new int[like.ring().degree()];
        coefficients[0] = constant;
        return Poly.ofCoefficients(like.ring(), coefficients);
    }
}
