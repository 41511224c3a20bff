package io.nexuszero.crypto.engine.proof;

import io.nexuszero.crypto.engine.ring.Poly;
import io.nexuszero.crypto.engine.ring.PolyVec;

/** Helpers for the linear-relation tests' cheating provers. */
final class LinearRelationTestSupport {

    private LinearRelationTestSupport() {
    }

    /** Each polynomial with its constant coefficient set to 0. */
    static PolyVec withZeroConstants(PolyVec v) {
        Poly[] out = new Poly[v.length()];
        for (int k = 0; k < out.length; k++) {
            int[] coefficients = v.get(k).values();
            coefficients[0] = 0;
            out[k] = Poly.ofCoefficients(v.ring(), coefficients);
        }
        return PolyVec.of(out);
    }
}
