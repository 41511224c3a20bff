package io.nexuszero.crypto.engine.proof;

/** Committed integers are elements of Z_q: inputs v with |v| < q are accepted and reduced to v mod q ∈ [0, q). */
final class CommittedValues {

    private CommittedValues() {
    }

    static int[] reduce(ProofParameters p, long[] values) {
        long q = p.modulus();
        int[] out = new int[values.length];
        boolean inRange = true;
        for (int i = 0; i < values.length; i++) {
            inRange &= values[i] > -q && values[i] < q;
            out[i] = (int) Math.floorMod(values[i], q);
        }
        if (!inRange) {
            throw new IllegalArgumentException("committed values must satisfy |v| < q = " + q);
        }
        return out;
    }
}
