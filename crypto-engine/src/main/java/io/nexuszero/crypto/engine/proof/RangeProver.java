package io.nexuszero.crypto.engine.proof;

import io.nexuszero.crypto.engine.ring.Poly;
import io.nexuszero.crypto.engine.ring.PolyVec;
import io.nexuszero.crypto.engine.ring.SparseTernary;
import io.nexuszero.crypto.engine.sampling.ChallengeSampler;
import io.nexuszero.crypto.engine.sampling.Randomness;

import java.util.ArrayList;
import java.util.List;

/**
 * The range prover's four rounds, each made non-interactive with one Fiat–Shamir hash (docs/CRYPTO.md, section 4):
 * <ol>
 *   <li>commit to the bits s (the statement's BDLOP commitment) and, in the auxiliary commitment (fresh randomness
 *       r_a, t1_a sent now, each slot's t2 when its message is fixed), to r garbage polynomials g_k with ct = 0;
 *       ρ1 = H(μ ‖ t1_a ‖ t2_g) gives α_1 … α_R;</li>
 *   <li>commit to û_t = σ_{-1}(α_t ∘ (s − c)); ρ2 = H(ρ1 ‖ t2_û) gives λ and M ({@link RangeEquations});</li>
 *   <li>send h_k = g_k + P_k(s, û) (ct(h_k) = 0 iff the bits are right, with overwhelming probability);</li>
 *   <li>Fiat–Shamir with aborts over (r_s, r_a), masks y, y_a Gaussian or uniform ({@link LoopMasking}): commit to
 *       the c-linear garbage e_k of the quadratic check in its slots; v_k = the c-free term;
 *       c̃ = H(ρ2 ‖ h ‖ w ‖ w_a ‖ t2_e ‖ v); z = y + c·r.</li>
 * </ol>
 * Package-private steps so tests can run cheating provers (non-binary bits, chosen products or garbage) through the
 * real code. The caller checks the range; this class does not (a cheater must get through).
 */
final class RangeProver implements AutoCloseable {

    private final ProofParameters p;
    private final RangeLayout layout;
    private final int[] targets;
    private final CommitmentKey key;
    private final CommitmentKey auxiliaryKey;
    private final PolyVec message;
    private final PolyVec randomness;
    private final PolyVec auxiliaryRandomness;
    private final PolyVec auxiliaryBase;
    private final PolyVec auxiliaryT1;
    private final LoopMasking masking;
    private final CommitmentKey.Commitment commitment;
    private final Poly[] auxiliaryT2;
    private byte[] statement;
    private byte[] transcriptStart;
    private PolyVec garbage;
    private PolyVec products;
    private int[][] alpha;
    private byte[] rho1;

    /** Round 2's and 3's public output: ρ2, the row equations and h. */
    record Rows(byte[] rho2, RangeEquations equations, PolyVec h) {
    }

    /** One chunk's opened proof and the attempts it took. */
    record Opened(RangeEncoding.Proof proof, int attempts) {
    }

    private RangeProver(ProofParameters p, RangeBounds bounds, int count, int[] bitPositions, Randomness rng) {
        this.p = p;
        this.layout = RangeLayout.of(p, count);
        this.targets = layout.targets(bounds);
        this.key = RangeProof.statementKey(p, layout);
        this.auxiliaryKey = RangeProof.auxiliaryKey(p, layout);
        this.masking = RangeChunks.masking(p, layout);
        PolyVec[] both = masking.randomness(p, key.randomnessLength(), auxiliaryKey.randomnessLength(), rng);
        this.randomness = both[0];
        this.auxiliaryRandomness = both[1];
        PolyVec bits = CommitmentKey.messagePolynomials(p, bitPositions);
        this.commitment = key.commit(bits, randomness);
        bits.zeroize();
        // the statement publishes 64L coefficients of t2; the message beyond them is −(A2·r)_i, as in linear-relation
        this.message = CommitmentKey.truncated(commitment.t2(), layout.publishedPositions())
                .subtract(key.a2Times(randomness, p.eta()));
        this.auxiliaryBase = auxiliaryKey.a2Times(auxiliaryRandomness, p.eta());
        this.auxiliaryT1 = auxiliaryKey.a1Times(auxiliaryRandomness, p.eta());
        this.auxiliaryT2 = new Poly[layout.auxiliarySlots()];
    }

    /**
     * Round 1a for a one-chunk statement: commits to the bit positions (64 per value, values in [0, q); honest
     * provers pass bits and zeros, a test's cheater anything) and binds the transcript to the statement and context.
     */
    static RangeProver commit(ProofParameters p, RangeBounds bounds, int count, int[] bitPositions, byte[] context,
                              Randomness rng) {
        RangeProver prover = commitChunk(p, bounds, count, bitPositions, rng);
        byte[] statement = RangeStatement.encode(p, count, bounds, prover.commitment());
        prover.bind(statement, Transcript.statementDigest(RangeStatement.TYPE, p, statement, context));
        return prover;
    }

    /** Round 1a for one chunk of a statement: commits to its bit positions; {@link #bind} must follow. */
    static RangeProver commitChunk(ProofParameters p, RangeBounds bounds, int count, int[] bitPositions,
                                   Randomness rng) {
        return new RangeProver(p, bounds, count, bitPositions, rng);
    }

    /** This chunk's bit commitment (public: it goes into the statement). */
    CommitmentKey.Commitment commitment() {
        return commitment;
    }

    /** Binds the rounds to the whole statement and to where this chunk's transcript starts ({@link RangeChunks}). */
    void bind(byte[] statement, byte[] transcriptStart) {
        this.statement = statement.clone();
        this.transcriptStart = transcriptStart.clone();
    }

    byte[] statement() {
        return statement.clone();
    }

    /** Round 1b, honest: r garbage polynomials uniform with ct = 0. */
    void commitGarbage(Randomness rng) {
        commitGarbage(ZeroConstantGarbage.sample(p, layout.rows(), rng));
    }

    /** Round 1b with chosen garbage (a test's cheater); ρ1 and α follow. */
    void commitGarbage(PolyVec chosen) {
        this.garbage = chosen;
        for (int k = 0; k < layout.rows(); k++) {
            auxiliaryT2[layout.garbageSlot(k)] = auxiliaryBase.get(layout.garbageSlot(k)).add(chosen.get(k));
        }
        if (transcriptStart == null) {
            throw new IllegalStateException("bind the prover to its statement first");
        }
        this.rho1 = Transcript.challengeSeed(p, transcriptStart, auxiliaryT1, slots(0, layout.firstProductSlot()));
        this.alpha = RangeEquations.alphas(p, layout, rho1);
    }

    int[][] alpha() {
        return alpha;
    }

    /** The honest round-2 message: û_t = σ_{-1}(α_t ∘ (s − c)). */
    PolyVec honestProducts() {
        return RangeEquations.products(p, layout, alpha, targets, message);
    }

    /** Round 2: commits to the product vectors (honest or a cheater's), derives ρ2 and the rows, and computes h. */
    Rows commitProducts(PolyVec chosen) {
        this.products = chosen;
        for (int i = 0; i < chosen.length(); i++) {
            int slot = layout.firstProductSlot() + i;
            auxiliaryT2[slot] = auxiliaryBase.get(slot).add(chosen.get(i));
        }
        byte[] rho2 = Transcript.challengeSeed(p, rho1, slots(layout.firstProductSlot(),
                layout.firstProductSlot() + chosen.length()));
        RangeEquations equations = RangeEquations.derive(p, layout, targets, alpha, rho2);
        PolyVec sNtt = message.toNtt();
        PolyVec uNtt = chosen.toNtt();
        Poly[] h = new Poly[layout.rows()];
        for (int k = 0; k < h.length; k++) {
            h[k] = garbage.get(k).add(equations.constraint(k, sNtt, uNtt).fromNtt());
        }
        sNtt.zeroize();
        uNtt.zeroize();
        return new Rows(rho2, equations, PolyVec.of(h));
    }

    /** Round 4: Fiat–Shamir with aborts over both randomness vectors; the encoded proof. */
    ProofResult open(Rows rows, Randomness rng) {
        return open(rows, rng, null);
    }

    /**
     * A test's cheater moves the linear-term garbage and the c-free term of every row by chosen amounts (so that the
     * quadratic check holds at guessed challenges although h ≠ g + P); null for the honest prover.
     */
    record Shift(PolyVec linearGarbage, PolyVec constantTerm) {
    }

    ProofResult open(Rows rows, Randomness rng, Shift shift) {
        Opened opened = openChunk(rows, rng, shift);
        return new ProofResult(statement(), RangeEncoding.encode(p, layout, opened.proof()), opened.attempts());
    }

    /** Round 4 for one chunk of a longer statement: the chunk's proof body and its attempts. */
    Opened openChunk(Rows rows, Randomness rng, Shift shift) {
        int budget = Rejection.attemptBudget(masking.expectedAttempts());
        RangeEquations.Witness[] witness = witness(rows.equations());
        for (int attempt = 1; attempt <= budget; attempt++) {
            try (LoopMasking.Attempt masks = masking.draw(p, randomness.length(), auxiliaryRandomness.length(), rng)) {
                FirstMessage first = firstMessage(rows.equations(), witness, masks, shift);
                byte[] seed = Transcript.challengeSeed(p, rows.rho2(), rows.h(), first.w(), first.auxiliaryW(),
                        first.linearGarbage(), first.v());
                SparseTernary c = ChallengeSampler.sampleSparse(p.ring(), p.challengeWeight(), seed);
                LoopMasking.Responses kept = masking.respond(p, masks, c, randomness, auxiliaryRandomness);
                if (kept != null) {
                    RangeEncoding.Proof proof = new RangeEncoding.Proof(seed, auxiliaryCommitment(), rows.h(),
                            kept.z(), kept.auxiliaryZ());
                    wipe(witness);
                    return new Opened(proof, attempt);
                }
            }
        }
        wipe(witness);
        throw Rejection.exhausted();
    }

    /** Each row's witness factors of its c-linear term, fixed for the whole loop. */
    private RangeEquations.Witness[] witness(RangeEquations equations) {
        PolyVec sNtt = message.toNtt();
        PolyVec uNtt = products.toNtt();
        RangeEquations.Witness[] out = new RangeEquations.Witness[layout.rows()];
        for (int k = 0; k < out.length; k++) {
            out[k] = equations.witness(k, sNtt, uNtt);
        }
        LweSecretProof.wipe(sNtt, uNtt);
        return out;
    }

    private static void wipe(RangeEquations.Witness[] witness) {
        for (RangeEquations.Witness row : witness) {
            row.zeroize();
        }
    }

    /** Round 4's first message (w, w_a, t2_e, v) for one attempt's masks; e's slots of t2_a are set. */
    private record FirstMessage(PolyVec w, PolyVec auxiliaryW, PolyVec linearGarbage, PolyVec v) {
    }

    private FirstMessage firstMessage(RangeEquations equations, RangeEquations.Witness[] witness,
                                      LoopMasking.Attempt masks, Shift shift) {
        PolyVec y = masks.y();
        PolyVec auxiliaryY = masks.auxiliaryY();
        int maskBound = masking.maskBound(p);
        PolyVec ys = key.a2Times(y, maskBound).toNtt();
        PolyVec ya = auxiliaryKey.a2Times(auxiliaryY, maskBound).toNtt();
        PolyVec yu = layout.productSlots(ya);
        Poly[] e = new Poly[layout.rows()];
        Poly[] v = new Poly[layout.rows()];
        for (int k = 0; k < e.length; k++) {
            // V_k + F^e_k = c²·(P_k + g_k − h_k) + c·(a_k − e_k) + (b_k + Y^e_k): e_k = a_k leaves v_k = b_k + Y^e_k
            RangeEquations.MaskTerms terms = equations.maskTerms(k, witness[k], ys, yu);
            Poly a = terms.linear().subtract(ya.get(layout.garbageSlot(k)));
            e[k] = shift == null ? a.fromNtt() : a.fromNtt().add(shift.linearGarbage().get(k));
            int slot = layout.linearGarbageSlot(k);
            auxiliaryT2[slot] = auxiliaryBase.get(slot).add(e[k]);
            v[k] = terms.free().add(ya.get(slot)).fromNtt();
            if (shift != null) {
                v[k] = v[k].add(shift.constantTerm().get(k));
            }
        }
        LweSecretProof.wipe(ys, ya, PolyVec.of(e));
        return new FirstMessage(key.a1Times(y, maskBound), auxiliaryKey.a1Times(auxiliaryY, maskBound),
                slots(layout.firstLinearGarbageSlot(), layout.auxiliarySlots()), PolyVec.of(v));
    }

    /**
     * Round 4 as the interactive protocol, for the extraction test only: one draw of masks, its first message and
     * the responses to the challenges the caller chooses (no Fiat–Shamir, no rejection — the caller checks the norm
     * bound). Answering several challenges from one mask leaks the randomness; no proof ever comes from here.
     */
    record Interactive(CommitmentKey.Commitment auxiliary, PolyVec w, PolyVec auxiliaryW, PolyVec v, List<PolyVec> z,
                       List<PolyVec> auxiliaryZ) {
    }

    Interactive openAt(Rows rows, Randomness rng, Shift shift, SparseTernary... challenges) {
        RangeEquations.Witness[] witness = witness(rows.equations());
        LoopMasking.Attempt masks = masking.draw(p, randomness.length(), auxiliaryRandomness.length(), rng);
        masks.close(); // only the masks are needed from here on, not the attempt's keystream
        FirstMessage first = firstMessage(rows.equations(), witness, masks, shift);
        PolyVec y = masks.y();
        PolyVec auxiliaryY = masks.auxiliaryY();
        List<PolyVec> z = new ArrayList<>();
        List<PolyVec> auxiliaryZ = new ArrayList<>();
        for (SparseTernary c : challenges) {
            // respond() wipes the mask it is given, so each response gets a copy
            z.add(Masking.respond(p, y.add(PolyVec.zero(p.ring(), y.length())), c, randomness));
            auxiliaryZ.add(Masking.respond(p, auxiliaryY.add(PolyVec.zero(p.ring(), auxiliaryY.length())), c,
                    auxiliaryRandomness));
        }
        wipe(witness);
        LweSecretProof.wipe(y, auxiliaryY);
        return new Interactive(auxiliaryCommitment(), first.w(), first.auxiliaryW(), first.v(), z, auxiliaryZ);
    }

    private CommitmentKey.Commitment auxiliaryCommitment() {
        return new CommitmentKey.Commitment(auxiliaryT1, PolyVec.of(auxiliaryT2.clone()));
    }

    private PolyVec slots(int from, int to) {
        Poly[] out = new Poly[to - from];
        System.arraycopy(auxiliaryT2, from, out, 0, out.length);
        return PolyVec.of(out);
    }

    /** The bits' message polynomials, for the soundness tests' cheaters (same package only). */
    PolyVec message() {
        return message;
    }

    /** Wipes the secrets: the bits, garbage, products and both randomness vectors. */
    @Override
    public void close() {
        message.zeroize();
        randomness.zeroize();
        auxiliaryRandomness.zeroize();
        auxiliaryBase.zeroize();
        if (garbage != null) {
            garbage.zeroize();
        }
        if (products != null) {
            products.zeroize();
        }
    }
}
