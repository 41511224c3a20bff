package io.nexuszero.crypto.engine.proof;

import io.nexuszero.crypto.engine.params.Soundness;
import io.nexuszero.crypto.engine.ring.PolyVec;

/**
 * Where everything of a range proof over L values sits. Bits: value i owns the 64 coefficient positions
 * 64i … 64i + 63 of the statement's message polynomials (ℓ_s = ⌈64L/n⌉ of them); its first k_i positions hold its
 * bits, the rest must be 0, and positions from 64L on are not published (free). The auxiliary commitment has
 * ℓ_a = 2r + R·ℓ_s message slots: the garbage g_1 … g_r (round 1), the product vectors û_1 … û_R (ℓ_s slots each,
 * round 2) and the linear-term garbage e_1 … e_r (round 3). R = {@link Soundness#relationRepetitions} and
 * r = {@link Soundness#rangeRows} (equal at the presets).
 */
record RangeLayout(int values, int bitPolys, int copies, int rows, int degree) {

    static final int SLOTS_PER_VALUE = RangeBounds.MAX_BITS;

    static RangeLayout of(ProofParameters p, int values) {
        int copies = Soundness.relationRepetitions(p.degree(), p.challengeWeight(), p.modulus());
        int rows = Soundness.rangeRows(p.degree(), p.challengeWeight(), p.modulus());
        int bitPolys = (SLOTS_PER_VALUE * values + p.degree() - 1) / p.degree();
        return new RangeLayout(values, bitPolys, copies, rows, p.degree());
    }

    /** 64·L: the published coefficients of the statement's t2. */
    int publishedPositions() {
        return SLOTS_PER_VALUE * values;
    }

    /** ℓ_s·n: every coefficient of the bit polynomials. */
    int positions() {
        return bitPolys * degree;
    }

    int auxiliarySlots() {
        return 2 * rows + copies * bitPolys;
    }

    int garbageSlot(int k) {
        return k;
    }

    /** The first of the R·ℓ_s product slots (they follow the garbage). */
    int firstProductSlot() {
        return rows;
    }

    /** The first of the r linear-term garbage slots (they follow the products). */
    int firstLinearGarbageSlot() {
        return rows + copies * bitPolys;
    }

    int linearGarbageSlot(int k) {
        return firstLinearGarbageSlot() + k;
    }

    /** The garbage slots' entries of a vector over all auxiliary slots (t2_a, or F = A2·z − c·t2_a). */
    PolyVec garbageSlots(PolyVec auxiliary) {
        return auxiliary.slice(0, firstProductSlot());
    }

    /** The product slots' entries of a vector over all auxiliary slots. */
    PolyVec productSlots(PolyVec auxiliary) {
        return auxiliary.slice(firstProductSlot(), firstLinearGarbageSlot());
    }

    /** The linear-term garbage slots' entries of a vector over all auxiliary slots. */
    PolyVec linearGarbageSlots(PolyVec auxiliary) {
        return auxiliary.slice(firstLinearGarbageSlot(), auxiliarySlots());
    }

    /**
     * The target of each published position: 1 where a bit must be 0 or 1, 0 where it must be 0 (positions k_i … 63
     * of value i); −1 beyond the published positions (unconstrained).
     */
    int[] targets(RangeBounds bounds) {
        int[] out = new int[positions()];
        java.util.Arrays.fill(out, publishedPositions(), out.length, -1);
        for (int v = 0; v < values; v++) {
            java.util.Arrays.fill(out, SLOTS_PER_VALUE * v, SLOTS_PER_VALUE * v + bounds.bits(v), 1);
        }
        return out;
    }
}
