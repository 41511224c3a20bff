package io.nexuszero.crypto.engine.proof;

import io.nexuszero.crypto.engine.params.Presets;
import io.nexuszero.crypto.engine.ring.Poly;
import io.nexuszero.crypto.engine.ring.PolyVec;
import io.nexuszero.crypto.engine.ring.SparseTernary;
import io.nexuszero.crypto.engine.sampling.ChallengeSampler;
import io.nexuszero.crypto.engine.sampling.Randomness;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The extractor of range's last round (docs/CRYPTO.md, section 4), run on real transcripts: rounds 1–3 once, then
 * round 4 answered from one first message (w, w_a, t2_e, v) at three distinct challenges ({@link RangeProver#openAt}).
 * For a transcript the test checks what the verifier checks (‖z‖∞ ≤ B, ct(h_k) = 0, and the first message it
 * recomputes from (c, z) equals the one sent — the interactive form of the hash comparison). From two transcripts the extractor gets
 * the messages of both commitments, m = (F_i − F_j)·(c_j − c_i)⁻¹ with F = A2·z − c·t2 = Y − c·m (and the weak
 * openings A1·(z_i − z_j) = (c_i − c_j)·t1), so the bits s, garbage g and products û; from three, the c²
 * coefficient Δ_k of the verifier's V_k(c) − v_k = c²·Δ_k + c·B_k + D_k by interpolation, which must equal
 * g_k + P_k(s, û) − h_k computed from the extracted messages. The ring inverse is by Gaussian elimination on the
 * multiplication matrix (independent of the NTT), and fails exactly for zero divisors.
 */
class RangeExtractionTest {

    private static final byte[] CONTEXT = {22};
    private static final ProofParameters NZ_128 = ProofParameters.of(Presets.NZ_128);

    /** A challenge in both forms: the ring element (for the extractor's algebra) and the prover's sparse form. */
    record Challenge(Poly poly, SparseTernary sparse) {
        static Challenge of(Poly c) {
            return new Challenge(c, SparseTernary.of(c));
        }

        static Challenge seeded(ProofParameters p, int seed) {
            return of(ChallengeSampler.sampleInBall(p.ring(), p.challengeWeight(), new byte[] {(byte) seed, 22}));
        }
    }

    /** Rounds 1–3 of one prover and round 4 answered at several challenges from one first message. */
    record Transcripts(ProofParameters p, RangeStatement.Decoded statement, RangeLayout layout, RangeProver.Rows rows,
                       RangeProver.Interactive opening, Challenge[] challenges) {

        /** One draw of masks whose responses at every challenge pass the verifier's norm bound. */
        static Transcripts answer(ProofParameters p, RangeProver prover, RangeProver.Rows rows, RangeProver.Shift shift,
                                  Randomness randomness, Challenge... challenges) throws Exception {
            RangeStatement.Decoded statement = RangeStatement.decode(p, prover.statement());
            SparseTernary[] sparse = Arrays.stream(challenges).map(Challenge::sparse).toArray(SparseTernary[]::new);
            for (int attempt = 0; attempt < 20_000; attempt++) {
                RangeProver.Interactive opening = prover.openAt(rows, randomness, shift, sparse);
                if (opening.z().stream().allMatch(z -> Rejection.accepts(z, p))
                        && opening.auxiliaryZ().stream().allMatch(z -> Rejection.accepts(z, p))) {
                    return new Transcripts(p, statement, RangeLayout.of(p, statement.valueCount()), rows, opening,
                            challenges);
                }
            }
            throw new AssertionError("no mask draw answered every challenge within the bound");
        }

        CommitmentKey auxiliaryKey() {
            return RangeProof.auxiliaryKey(p, layout);
        }

        /** The key of the statement's (one chunk's) bit commitment. */
        CommitmentKey bitsKey() {
            return RangeProof.statementKey(p, layout);
        }

        /** The statement's (one chunk's) bit commitment. */
        CommitmentKey.Commitment bits() {
            return statement.commitments().get(0);
        }

        /** F = A2·z − c·t2 of the statement's commitment for transcript i (coefficient domain). */
        PolyVec bitsF(int i) {
            return bitsKey().a2TimesMinusChallengeTimes(opening.z().get(i), p.responseBound(),
                    challenges[i].sparse(), bits().t2());
        }

        /** F = A2·z − c·t2 of the auxiliary commitment for transcript i. */
        PolyVec auxiliaryF(int i) {
            return auxiliaryKey().a2TimesMinusChallengeTimes(opening.auxiliaryZ().get(i), p.responseBound(),
                    challenges[i].sparse(), opening.auxiliary().t2());
        }

        /**
         * V_k(c_i) − v_k for every row: the verifier's quadratic check (RangeEquations.check, as RangeProof.verify) at transcript i minus
         * the v the prover sent; zero for every row iff that part of the first message is recomputed exactly.
         */
        PolyVec checkDefect(int i) {
            SparseTernary c = challenges[i].sparse();
            PolyVec fs = bitsF(i).toNtt();
            PolyVec fa = auxiliaryF(i).toNtt();
            Poly[] defect = new Poly[layout.rows()];
            for (int k = 0; k < defect.length; k++) {
                defect[k] = rows.equations().check(k, c, fs, fa, rows.h().get(k)).subtract(opening.v().get(k));
            }
            return PolyVec.of(defect);
        }

        /**
         * The verifier's view of transcript i: ct(h_k) = 0 (what the encoding can carry), w and w_a recomputed as
         * sent, and V_k(c_i) = v_k for every k.
         */
        boolean accepts(int i) {
            if (!rows.h().entries().stream().allMatch(h -> h.get(0) == 0)) {
                return false;
            }
            SparseTernary c = challenges[i].sparse();
            PolyVec w = bitsKey().a1TimesMinusChallengeTimes(opening.z().get(i), p.responseBound(), c,
                    bits().t1());
            PolyVec auxiliaryW = auxiliaryKey().a1TimesMinusChallengeTimes(opening.auxiliaryZ().get(i),
                    p.responseBound(), c, opening.auxiliary().t1());
            return w.equals(opening.w()) && auxiliaryW.equals(opening.auxiliaryW())
                    && isZero(checkDefect(i));
        }

        /**
         * The messages of both commitments from transcripts i and j: m = (F_i − F_j)·(c_j − c_i)⁻¹, after checking the
         * weak openings (z_i − z_j, c_i − c_j) of t1 and t1_a and their norm 2B.
         */
        Extracted extract(int i, int j) {
            Poly cBar = challenges[i].poly().subtract(challenges[j].poly());
            long wide = 2L * p.responseBound();
            PolyVec rBar = opening.z().get(i).subtract(opening.z().get(j));
            PolyVec auxiliaryRBar = opening.auxiliaryZ().get(i).subtract(opening.auxiliaryZ().get(j));
            assertThat(bitsKey().a1Times(rBar, wide)).isEqualTo(bits().t1().multiplyPoly(cBar));
            assertThat(auxiliaryKey().a1Times(auxiliaryRBar, wide))
                    .isEqualTo(opening.auxiliary().t1().multiplyPoly(cBar));
            assertThat((long) Math.max(rBar.infinityNorm(), auxiliaryRBar.infinityNorm())).isLessThanOrEqualTo(wide);
            Poly inverse = inverse(cBar.negate()).orElseThrow(() -> new AssertionError("c_j − c_i is not invertible"));
            return new Extracted(bitsF(i).subtract(bitsF(j)).multiplyPoly(inverse),
                    auxiliaryF(i).subtract(auxiliaryF(j)).multiplyPoly(inverse), layout);
        }

        /**
         * Δ_k, the c² coefficient of V_k(c) − v_k, from its values at the three challenges (Lagrange):
         * Σ_i E_i·Π_{j≠i} (c_i − c_j)⁻¹; empty if a challenge difference is a zero divisor.
         */
        Optional<PolyVec> interpolatedDelta() {
            PolyVec sum = PolyVec.zero(p.ring(), layout.rows());
            for (int i = 0; i < 3; i++) {
                Poly denominator = null;
                for (int j = 0; j < 3; j++) {
                    if (j != i) {
                        Poly difference = challenges[i].poly().subtract(challenges[j].poly());
                        denominator = denominator == null ? difference : denominator.multiply(difference);
                    }
                }
                Optional<Poly> inverse = inverse(denominator);
                if (inverse.isEmpty()) {
                    return Optional.empty();
                }
                sum = sum.add(checkDefect(i).multiplyPoly(inverse.get()));
            }
            return Optional.of(sum);
        }
    }

    /** The extracted messages: bits s (statement) and the auxiliary slots g, û, e. */
    record Extracted(PolyVec bits, PolyVec auxiliary, RangeLayout layout) {

        /** g_k + P_k(s, û) − h_k for every row: zero iff round 3's h is what the committed messages give. */
        PolyVec relationDefect(RangeProver.Rows rows) {
            PolyVec sNtt = bits.toNtt();
            PolyVec uNtt = layout.productSlots(auxiliary).toNtt();
            Poly[] out = new Poly[layout.rows()];
            for (int k = 0; k < out.length; k++) {
                out[k] = rows.equations().constraint(k, sNtt, uNtt).fromNtt()
                        .add(auxiliary.get(layout.garbageSlot(k))).subtract(rows.h().get(k));
            }
            return PolyVec.of(out);
        }

        /** The published positions of the bit polynomials (64 per value). */
        int[] positions() {
            int n = layout.degree();
            int[] out = new int[layout.publishedPositions()];
            for (int i = 0; i < out.length; i++) {
                out[i] = bits.get(i / n).get(i % n);
            }
            return out;
        }
    }

    /**
     * c⁻¹ in R_q by Gaussian elimination on c's negacyclic multiplication matrix (column i = c·X^i); empty when the
     * matrix is singular, i.e. c is a zero divisor.
     */
    static Optional<Poly> inverse(Poly c) {
        int n = c.degree();
        long q = c.ring().modulus();
        int[] a = c.fromNtt().values();
        long[][] m = new long[n][n + 1];
        for (int row = 0; row < n; row++) {
            for (int column = 0; column < n; column++) {
                m[row][column] = row >= column ? a[row - column] : (q - a[row - column + n]) % q;
            }
        }
        m[0][n] = 1;
        for (int column = 0; column < n; column++) {
            int pivot = column;
            while (pivot < n && m[pivot][column] == 0) {
                pivot++;
            }
            if (pivot == n) {
                return Optional.empty();
            }
            long[] swap = m[pivot];
            m[pivot] = m[column];
            m[column] = swap;
            long scale = BigInteger.valueOf(m[column][column]).modInverse(BigInteger.valueOf(q)).longValue();
            for (int k = column; k <= n; k++) {
                m[column][k] = m[column][k] * scale % q;
            }
            for (int row = 0; row < n; row++) {
                long factor = m[row][column];
                if (row == column || factor == 0) {
                    continue;
                }
                for (int k = column; k <= n; k++) {
                    m[row][k] = Math.floorMod(m[row][k] - factor * m[column][k] % q, q);
                }
            }
        }
        int[] x = new int[n];
        for (int row = 0; row < n; row++) {
            x[row] = (int) m[row][n];
        }
        return Optional.of(Poly.ofCoefficients(c.ring(), x));
    }

    private static boolean isZero(PolyVec v) {
        return v.entries().stream().allMatch(e -> e.infinityNorm() == 0);
    }

    @Test
    void theInverseInvertsAndFindsZeroDivisors() {
        Poly c = Challenge.seeded(NZ_128, 1).poly().subtract(Challenge.seeded(NZ_128, 2).poly());
        Poly one = Poly.ofCoefficients(NZ_128.ring(), oneHot(NZ_128.degree()));
        assertThat(c.multiply(inverse(c).orElseThrow())).isEqualTo(one);
        Poly slot = SlotForgery.slotIdempotent(RangeOneSlotAttackTest.SPLITTING.ring(), 0);
        assertThat(inverse(slot)).isEmpty();
    }

    private static int[] oneHot(int n) {
        int[] out = new int[n];
        out[0] = 1;
        return out;
    }

    /**
     * Honest prover at nz-128, two values in [−5, 2^50]: three accepting transcripts with one first message; every
     * pair extracts the same messages, which are the witness (bits of both values, the garbage, the products
     * σ_{-1}(α ∘ (s − c))), and both ways of computing Δ give 0.
     */
    @Test
    void threeAcceptingHonestTranscriptsYieldTheWitness() throws Exception {
        ProofParameters p = NZ_128;
        Randomness randomness = Randomness.deterministic(new byte[] {31});
        RangeBounds bounds = RangeBounds.shared(BigInteger.valueOf(-5), BigInteger.ONE.shiftLeft(50));
        BigInteger[] values = {BigInteger.valueOf(1234567), BigInteger.ONE.shiftLeft(50).subtract(BigInteger.TWO)};
        int[] witness = new int[2 * RangeLayout.SLOTS_PER_VALUE];
        for (int v = 0; v < values.length; v++) {
            int[] bits = bounds.decompose(v, values[v].subtract(bounds.minOf(v)));
            System.arraycopy(bits, 0, witness, v * RangeLayout.SLOTS_PER_VALUE, bits.length);
        }
        RangeLayout layout = RangeLayout.of(p, values.length);
        PolyVec garbage = ZeroConstantGarbage.sample(p, layout.rows(), randomness);
        try (RangeProver prover = RangeProver.commit(p, bounds, values.length, witness, CONTEXT, randomness)) {
            prover.commitGarbage(garbage);
            PolyVec products = prover.honestProducts();
            RangeProver.Rows rows = prover.commitProducts(products);
            Transcripts t = Transcripts.answer(p, prover, rows, null, randomness,
                    Challenge.seeded(p, 1), Challenge.seeded(p, 2), Challenge.seeded(p, 3));
            for (int i = 0; i < 3; i++) {
                assertThat(t.accepts(i)).as("transcript %d", i).isTrue();
            }
            Extracted first = t.extract(0, 1);
            Extracted second = t.extract(0, 2);
            assertThat(second.bits()).isEqualTo(first.bits());
            assertThat(second.auxiliary()).isEqualTo(first.auxiliary());

            assertThat(first.bits()).isEqualTo(prover.message());
            assertThat(first.positions()).containsExactly(witness);
            for (int v = 0; v < values.length; v++) {
                int[] bits = Arrays.copyOfRange(first.positions(), v * RangeLayout.SLOTS_PER_VALUE,
                        (v + 1) * RangeLayout.SLOTS_PER_VALUE);
                assertThat(bounds.minOf(v).add(bounds.offsetOf(v, bits))).isEqualTo(values[v]);
            }
            assertThat(layout.garbageSlots(first.auxiliary())).isEqualTo(garbage);
            assertThat(layout.productSlots(first.auxiliary())).isEqualTo(products);
            assertThat(layout.productSlots(first.auxiliary())).isEqualTo(RangeEquations.products(p, layout,
                    prover.alpha(), layout.targets(bounds), first.bits()));
            assertThat(isZero(first.relationDefect(rows))).isTrue();
            assertThat(t.interpolatedDelta()).hasValueSatisfying(delta -> assertThat(isZero(delta)).isTrue());
        }
    }

    /**
     * The round-4 cheater of {@link RangeSoundnessTest} at nz-128 (bit 2, ct(h_k) forced to 0, check shifted to hold
     * at c0 and c1): its transcripts at c0 and c1 accept, at a third c2 they do not. The extracted bits hold the 2
     * (value 7 outside [5, 6]), and the Δ interpolated from the three check defects is the non-zero
     * g + P(s, û) − h of the extracted messages, with ct(Δ_k) = ct(g_k + P_k) ≠ 0 — the violated bit equations.
     */
    @Test
    void aCheatersTranscriptsExposeTheBadBit() throws Exception {
        ProofParameters p = NZ_128;
        Randomness randomness = Randomness.deterministic(new byte[] {32});
        Challenge c0 = Challenge.seeded(p, 10);
        Challenge c1 = Challenge.seeded(p, 11);
        Challenge c2 = Challenge.seeded(p, 12);
        Poly constantOne = Poly.ofCoefficients(p.ring(), oneHot(p.degree()));
        RangeBounds fiveOrSix = RangeBounds.shared(BigInteger.valueOf(5), BigInteger.valueOf(6));
        try (RangeProver prover = RangeProver.commit(p, fiveOrSix, 1, RangeOneSlotAttackTest.badBits(), CONTEXT,
                randomness)) {
            prover.commitGarbage(randomness);
            RangeOneSlotAttackTest.Cheat cheat = RangeOneSlotAttackTest.cheat(prover, constantOne, c0.poly(),
                    c1.poly());
            Transcripts t = Transcripts.answer(p, prover, cheat.rows(), cheat.shift(), randomness, c0, c1, c2);
            assertThat(t.accepts(0)).isTrue();
            assertThat(t.accepts(1)).isTrue();
            assertThat(t.accepts(2)).isFalse();

            Extracted extracted = t.extract(0, 1);
            assertThat(extracted.positions()[0]).as("the committed bit").isEqualTo(2);
            assertThat(fiveOrSix.minOf(0).add(fiveOrSix.offsetOf(0, extracted.positions())))
                    .isEqualTo(BigInteger.valueOf(7));
            PolyVec defect = extracted.relationDefect(cheat.rows());
            assertThat(defect).isEqualTo(cheat.delta());
            assertThat(t.interpolatedDelta()).contains(defect);
            for (Poly delta : defect.entries()) {
                assertThat(delta.get(0)).isNotZero();
            }
        }
    }

    /**
     * Why the presets need invertible challenge differences: at q = 12289 (X^256 + 1 splits completely) the
     * one-slot cheater of {@link RangeOneSlotAttackTest} answers three distinct challenges that agree in slot j
     * (c2 ≠ c0, c2 ≡ c0 mod X − r_j) — all three transcripts accept, yet the extracted bit is 2. The 3-special-
     * soundness argument breaks exactly where it divides: c2 − c0 is a zero divisor, so Δ cannot be interpolated.
     */
    @Test
    void whenXnPlusOneSplitsThreeAcceptingTranscriptsCanHideABadBit() throws Exception {
        ProofParameters p = RangeOneSlotAttackTest.SPLITTING;
        Randomness randomness = Randomness.deterministic(new byte[] {33});
        Challenge c0 = Challenge.of(RangeOneSlotAttackTest.guess(p, 0));
        Challenge c1 = Challenge.of(RangeOneSlotAttackTest.guess(p, 1));
        Challenge c2 = sameInSlot(p, c0);
        RangeBounds fiveOrSix = RangeBounds.shared(BigInteger.valueOf(5), BigInteger.valueOf(6));
        try (RangeProver prover = RangeProver.commit(p, fiveOrSix, 1, RangeOneSlotAttackTest.badBits(), CONTEXT,
                randomness)) {
            prover.commitGarbage(randomness);
            RangeOneSlotAttackTest.Cheat cheat = RangeOneSlotAttackTest.cheat(prover,
                    RangeOneSlotAttackTest.slotUnit(p), c0.poly(), c1.poly());
            Transcripts t = Transcripts.answer(p, prover, cheat.rows(), cheat.shift(), randomness, c0, c1, c2);
            for (int i = 0; i < 3; i++) {
                assertThat(t.accepts(i)).as("transcript %d", i).isTrue();
            }
            Extracted extracted = t.extract(0, 1);
            assertThat(extracted.positions()[0]).isEqualTo(2);
            assertThat(extracted.relationDefect(cheat.rows())).isEqualTo(cheat.delta());
            assertThat(inverse(c2.poly().subtract(c0.poly()))).isEmpty();
            assertThat(t.interpolatedDelta()).isEmpty();
        }
    }

    /** A challenge other than c whose image in slot 0 equals c's (about q draws). */
    private static Challenge sameInSlot(ProofParameters p, Challenge c) {
        int[] image = SlotForgery.slotImage(c.poly(), 0);
        for (int i = 0; i < 50 * p.modulus(); i++) {
            Poly candidate = ChallengeSampler.sampleInBall(p.ring(), p.challengeWeight(),
                    new byte[] {(byte) 0x5a, (byte) i, (byte) (i >>> 8), (byte) (i >>> 16)});
            if (Arrays.equals(SlotForgery.slotImage(candidate, 0), image) && !candidate.equals(c.poly())) {
                return Challenge.of(candidate);
            }
        }
        throw new AssertionError("no challenge shares slot 0");
    }
}
