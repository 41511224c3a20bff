package io.nexuszero.crypto.engine.proof;

import io.nexuszero.crypto.engine.params.Presets;
import io.nexuszero.crypto.engine.params.Soundness;
import io.nexuszero.crypto.engine.ring.Poly;
import io.nexuszero.crypto.engine.ring.PolyVec;
import io.nexuszero.crypto.engine.sampling.ChallengeSampler;
import io.nexuszero.crypto.engine.sampling.Randomness;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cheating provers against range proofs, through the real prover and verifier (docs/CRYPTO.md, section 4). Each
 * commits to a "bit" 2 — value 5 + 2·1 = 7 in bounds [5, 6] — and attacks one challenge round:
 * <ul>
 *   <li>round 1 (α): re-draws its garbage until α_t is 0 at the bad position for every copy t (q^-R per hash);</li>
 *   <li>round 2 (λ, M): commits wrong product vectors that satisfy ⟨u_t, s⟩ = 0 and re-draws them until the
 *       violated linear equations vanish in every row (q^-r per hash);</li>
 *   <li>round 4 (c): forces ct(h_k) = 0 and moves its c-linear garbage so that the quadratic check holds at two
 *       guessed challenges (2/|C| per hash — the round is 3-special sound, not 2-special sound).</li>
 * </ul>
 * Each forges on a toy set where that error is large (q = 12289 and R = r = 1, or τ = 1 with |C| = 512) and finds
 * nothing at the presets with far more tries than the toy set needs.
 */
class RangeSoundnessTest {

    private static final byte[] CONTEXT = {7};
    /** q = 12289, τ = 1: log2|C| = 9 ≤ log2 q, so R = r = 1 and |C| = 512. */
    private static final ProofParameters TOY =
            ProofParameters.of("toy-range", 256, 12289, 1, 1, "uniform", 1, 1, 6000);
    private static final RangeBounds FIVE_OR_SIX = RangeBounds.shared(BigInteger.valueOf(5), BigInteger.valueOf(6));
    private static final int BAD_POSITION = 0;

    /** One value, bounds [5, 6] (one bit of weight 1), and the "bit" 2: the value 7 is out of range. */
    private static int[] badBits(ProofParameters p) {
        int[] positions = new int[RangeLayout.SLOTS_PER_VALUE];
        positions[BAD_POSITION] = 2;
        return positions;
    }

    @Test
    void theToySetHasOneRepetitionAndASmallChallengeSpace() {
        assertThat(RangeLayout.of(TOY, 1).copies()).isEqualTo(1);
        assertThat(RangeLayout.of(TOY, 1).rows()).isEqualTo(1);
        assertThat(Soundness.log2ChallengeSpace(256, 1)).isEqualTo(9.0);
    }

    @Test
    void anHonestlyOpenedBadBitIsRejected() {
        for (ProofParameters p : new ProofParameters[] {TOY, ProofParameters.of(Presets.NZ_128)}) {
            Randomness randomness = Randomness.deterministic(new byte[] {1});
            try (RangeProver prover = RangeProver.commit(p, FIVE_OR_SIX, 1, badBits(p), CONTEXT, randomness)) {
                prover.commitGarbage(randomness);
                RangeProver.Rows rows = forcedThrough(prover.commitProducts(prover.honestProducts()));
                ProofResult forged = prover.open(rows, randomness);
                assertThat(RangeProof.verify(p, forged.statement(), CONTEXT, forged.proof()))
                        .isEqualTo(VerificationResult.rejected(VerificationResult.CHALLENGE_MISMATCH));
            }
        }
    }

    @Test
    void groundAlphaForgesOnTheToySetOnly() {
        assertThat(grindAlpha(TOY, 150_000)).as("toy set: α_0 = 0 within ~12q hashes").isTrue();
        assertThat(grindAlpha(ProofParameters.of(Presets.NZ_128), 1 << 12)).isFalse();
    }

    /** Re-draws the garbage (hence ρ1 and α) until α_t vanishes at the bad position for every t, then proves. */
    private static boolean grindAlpha(ProofParameters p, int tries) {
        Randomness randomness = Randomness.deterministic(new byte[] {2});
        try (RangeProver prover = RangeProver.commit(p, FIVE_OR_SIX, 1, badBits(p), CONTEXT, randomness)) {
            for (int attempt = 0; attempt < tries; attempt++) {
                prover.commitGarbage(randomness);
                boolean allZero = true;
                for (int[] alpha : prover.alpha()) {
                    allZero &= alpha[BAD_POSITION] == 0;
                }
                if (allZero) {
                    ProofResult forged = prover.open(prover.commitProducts(prover.honestProducts()), randomness);
                    return RangeProof.verify(p, forged.statement(), CONTEXT, forged.proof()).valid();
                }
            }
            return false;
        }
    }

    @Test
    void groundRowWeightsForgeOnTheToySetOnly() {
        assertThat(grindRows(TOY, 60_000)).as("toy set: M hits the violated equations' kernel within ~q hashes")
                .isTrue();
        assertThat(grindRows(ProofParameters.of(Presets.NZ_128), 1 << 10)).isFalse();
    }

    /**
     * Keeps ⟨u_t, s⟩ = 0 with wrong u: u_t is honest except u_{t,bad} = −x·s_free/s_bad and u_{t,free} = x at a free
     * position (beyond the published ones, where s is the commitment's noise and u must be 0). Re-draws x until every
     * row's constant coefficient vanishes, then proves.
     */
    private static boolean grindRows(ProofParameters p, int tries) {
        Randomness randomness = Randomness.deterministic(new byte[] {3});
        long q = p.modulus();
        try (RangeProver prover = RangeProver.commit(p, FIVE_OR_SIX, 1, badBits(p), CONTEXT, randomness)) {
            prover.commitGarbage(randomness);
            RangeLayout layout = RangeLayout.of(p, 1);
            int free = layout.publishedPositions();
            int[] s = prover.message().get(0).values();
            long inverseBad = BigInteger.valueOf(s[BAD_POSITION]).modInverse(BigInteger.valueOf(q)).longValue();
            PolyVec honest = prover.honestProducts();
            for (int x = 1; x <= tries; x++) {
                Poly[] chosen = new Poly[honest.length()];
                for (int t = 0; t < layout.copies(); t++) {
                    int[] u = honest.get(t * layout.bitPolys()).sigmaMinusOne().values(); // σ is an involution
                    u[free] = x;
                    u[BAD_POSITION] = (int) Math.floorMod(-(long) x * s[free] % q * inverseBad, q);
                    chosen[t * layout.bitPolys()] = Poly.ofCoefficients(p.ring(), u).sigmaMinusOne();
                }
                RangeProver.Rows rows = prover.commitProducts(PolyVec.of(chosen));
                boolean zero = true;
                for (Poly h : rows.h().entries()) {
                    zero &= h.get(0) == 0;
                }
                if (zero) {
                    ProofResult forged = prover.open(rows, randomness);
                    return RangeProof.verify(p, forged.statement(), CONTEXT, forged.proof()).valid();
                }
            }
            return false;
        }
    }

    @Test
    void guessingTwoChallengesForgesWhenTheChallengeSpaceIsTiny() {
        // 2/|C| = 1/256 per proof on the toy set; 1/2^130 at nz-128
        assertThat(guessChallenges(TOY, 3000)).as("forgeries on the toy set").isBetween(3, 30);
        assertThat(guessChallenges(ProofParameters.of(Presets.NZ_128), 300)).isZero();
    }

    /**
     * Forces ct(h_k) = 0, so Δ_k = g_k + P_k − h_k = ct(P_k) ≠ 0, and shifts e_k by (c0 + c1)·Δ_k and v_k by
     * −c0·c1·Δ_k: the check c²·Δ + c·(a − e) + b + Y^e = v then holds exactly for c ∈ {c0, c1}. Counts forgeries.
     */
    private static int guessChallenges(ProofParameters p, int proofs) {
        Randomness randomness = Randomness.deterministic(new byte[] {4});
        Poly c0 = ChallengeSampler.sampleInBall(p.ring(), p.challengeWeight(), new byte[] {10});
        Poly c1 = ChallengeSampler.sampleInBall(p.ring(), p.challengeWeight(), new byte[] {11});
        int forged = 0;
        try (RangeProver prover = RangeProver.commit(p, FIVE_OR_SIX, 1, badBits(p), CONTEXT, randomness)) {
            prover.commitGarbage(randomness);
            RangeProver.Rows honest = prover.commitProducts(prover.honestProducts());
            RangeProver.Rows rows = forcedThrough(honest);
            Poly[] eShift = new Poly[rows.h().length()];
            Poly[] vShift = new Poly[rows.h().length()];
            for (int k = 0; k < eShift.length; k++) {
                Poly delta = honest.h().get(k).subtract(rows.h().get(k));
                eShift[k] = c0.add(c1).multiply(delta);
                vShift[k] = c0.multiply(c1).multiply(delta).negate();
            }
            RangeProver.Shift shift = new RangeProver.Shift(PolyVec.of(eShift), PolyVec.of(vShift));
            for (int i = 0; i < proofs; i++) {
                ProofResult result = prover.open(rows, randomness, shift);
                if (RangeProof.verify(p, result.statement(), CONTEXT, result.proof()).valid()) {
                    forged++;
                }
            }
        }
        return forged;
    }

    /** The same rows with ct(h_k) set to 0, so the encoder accepts them (a cheater's forced-through h). */
    static RangeProver.Rows forcedThrough(RangeProver.Rows rows) {
        Poly[] h = new Poly[rows.h().length()];
        for (int k = 0; k < h.length; k++) {
            int[] coefficients = rows.h().get(k).values();
            coefficients[0] = 0;
            h[k] = Poly.ofCoefficients(rows.h().get(k).ring(), coefficients);
        }
        return new RangeProver.Rows(rows.rho2(), rows.equations(), PolyVec.of(h));
    }
}
