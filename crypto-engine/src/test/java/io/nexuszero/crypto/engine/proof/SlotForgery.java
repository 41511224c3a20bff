package io.nexuszero.crypto.engine.proof;

import io.nexuszero.crypto.engine.packing.ByteWriter;
import io.nexuszero.crypto.engine.ring.Poly;
import io.nexuszero.crypto.engine.ring.PolyMatrix;
import io.nexuszero.crypto.engine.ring.PolyVec;
import io.nexuszero.crypto.engine.ring.Ring;
import io.nexuszero.crypto.engine.sampling.ChallengeSampler;
import io.nexuszero.crypto.engine.sampling.Randomness;
import io.nexuszero.crypto.engine.sampling.UniformSampler;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A cheating prover (issue 11): it publishes a statement with an error δ that is non-zero in one factor X^d − r_j
 * of X^n + 1 only (δ = v·E_j, E_j the factor's idempotent), so the verifier's recomputed commitment is w − c·δ. It
 * commits to w − c0·δ for a fixed guess c0 and re-hashes (varying the caller context) until the challenge c agrees
 * with c0 in factor j. That succeeds with probability max_g Pr[c mod (X^d − r_j) = g] per hash: about 1/q when
 * X^n + 1 splits completely, 1/|C| when challenge differences are invertible (then it is plain challenge guessing,
 * cheap only for a tiny challenge space). The forged proofs go to the engine's own verifiers.
 */
final class SlotForgery {

    private static final int SLOT = 0;

    private SlotForgery() {
    }

    /** A false statement with a proof and context the real verifier accepts, and the hashes it took. */
    record Forgery(byte[] statement, byte[] context, byte[] proof, long hashes) {
    }

    /** E_j: the element that is 1 in factor j and 0 in every other (coefficient domain). */
    static Poly slotIdempotent(Ring ring, int slot) {
        int d = ring.ntt().slotDegree();
        int[] values = new int[ring.degree()];
        values[slot * d] = 1;
        return Poly.ofNttValues(ring, values).fromNtt();
    }

    /** c mod (X^d − r_j): block j of c's NTT. */
    static int[] slotImage(Poly c, int slot) {
        int d = c.ring().ntt().slotDegree();
        return Arrays.copyOfRange(c.toNtt().values(), slot * d, slot * d + d);
    }

    /**
     * lwe-secret for the public key t + δ·e_0 (no short preimage is known to anyone), using the real key's secret.
     */
    static Optional<Forgery> lweSecret(ProofParameters p, long budget, Randomness randomness) {
        TestParameters.Key key = TestParameters.keyPair(p, randomness);
        Poly delta = slotIdempotent(p.ring(), SLOT);
        PolyVec falseT = addToRow(key.t(), 0, delta);
        byte[] statement = LweSecretProof.encodeStatement(p, key.rho(), falseT);
        PolyMatrix a = UniformSampler.expandMatrix(p.ring(), key.rho(), p.rankK(), p.rankL());
        return search(p, LweSecretProof.TYPE, statement, new Poly[] {delta}, budget, () -> {
            PolyVec y1 = Masking.masks(p, p.rankL(), randomness);
            PolyVec y2 = Masking.masks(p, p.rankK(), randomness);
            return new Round(new PolyVec[] {a.multiply(y1).add(y2)}, c -> {
                PolyVec z1 = y1.add(key.s1().multiplyPoly(c));
                PolyVec z2 = y2.add(key.s2().multiplyPoly(c));
                return Rejection.accepts(z1, p) && Rejection.accepts(z2, p)
                    ? Optional.of(new PolyVec[] {z1, z2}) : Optional.empty();
            });
        }, (statementBytes, context, proof) -> LweSecretProof.verify(p, key.rho(), falseT, context, proof));
    }

    /** commitment-opening for a commitment (t1 + δ·e_0, t2) that has no known opening. */
    static Optional<Forgery> commitmentOpening(ProofParameters p, long budget, Randomness randomness) {
        CommitmentKey key = CommitmentKey.expand(p, 1);
        PolyVec r = Masking.shortVector(p, key.randomnessLength(), randomness);
        CommitmentKey.Commitment honest = key.commit(CommitmentKey.messagePolynomials(p, new int[] {7}), r);
        Poly delta = slotIdempotent(p.ring(), SLOT);
        CommitmentKey.Commitment forged = new CommitmentKey.Commitment(addToRow(honest.t1(), 0, delta), honest.t2());
        byte[] statement = CommitmentOpeningProof.encodeStatement(p, 1, forged);
        return search(p, CommitmentOpeningProof.TYPE, statement, new Poly[] {delta}, budget, () -> {
            PolyVec y = Masking.masks(p, key.randomnessLength(), randomness);
            return new Round(new PolyVec[] {key.a1Times(y, p.gamma())}, c -> {
                PolyVec z = y.add(r.multiplyPoly(c));
                return Rejection.accepts(z, p) ? Optional.of(new PolyVec[] {z}) : Optional.empty();
            });
        }, (statementBytes, context, proof) -> CommitmentOpeningProof.verify(p, statementBytes, context, proof));
    }

    /**
     * linear-relation (format 2) "m1 + m2 = 5" for a commitment to 1 and 1: round 2's h_k then has ct(h_k) ≠ 0,
     * which the encoding cannot carry. The cheater sends h_k + δ_k with δ_k = x_k·E_j, x_k = −ct(h_k)/ct(E_j), so
     * the constant coefficients vanish and the verifier's tie-in commitments move by −c·δ_k — one slot only. It
     * commits to v_k − c0·δ_k and re-hashes until c agrees with c0 in slot j, as for the other types.
     */
    static Optional<Forgery> linearRelation(ProofParameters p, long budget, Randomness randomness) {
        LinearRelationProof.Relation falseRelation = LinearRelationProof.Relation.of(p, new long[] {1, 1}, 5);
        LinearRelationProver prover = LinearRelationProver.commit(p, falseRelation, new int[] {1, 1}, randomness);
        prover.commitGarbage(randomness);
        byte[] statement = prover.statement();
        LinearRelationEquations equations = prover.equations();
        Poly idempotent = slotIdempotent(p.ring(), SLOT);
        long inverse = java.math.BigInteger.valueOf(idempotent.get(0))
                .modInverse(java.math.BigInteger.valueOf(p.modulus())).longValueExact();
        Poly guess = ChallengeSampler.sampleInBall(p.ring(), p.challengeWeight(), new byte[64]);
        int[] guessImage = slotImage(guess, SLOT);
        PolyVec y = null;
        PolyVec garbageY = null;
        for (long hash = 1; hash <= budget; hash++) {
            if (y == null) {
                y = Masking.masks(p, prover.randomness().length(), randomness);
                garbageY = Masking.masks(p, prover.garbageRandomness().length(), randomness);
            }
            byte[] context = ByteBuffer.allocate(8).putLong(hash).array();
            LinearRelationProver.Scalars round2 = prover.scalars(context);
            Poly[] forgedH = new Poly[round2.mu().length];
            Poly[] delta = new Poly[forgedH.length];
            for (int k = 0; k < forgedH.length; k++) {
                long x = Math.floorMod(-round2.h().get(k).get(0) * inverse, (long) p.modulus());
                delta[k] = idempotent.multiplyScalar(x);
                forgedH[k] = round2.h().get(k).add(delta[k]);
            }
            PolyVec h = PolyVec.of(forgedH);
            PolyVec v = equations.linearPart(y, garbageY, round2.mu(), p.gamma())
                    .subtract(PolyVec.of(delta).multiplyPoly(guess));
            byte[] seed = Transcript.challengeSeed(p, round2.rho(), h, equations.key().a1Times(y, p.gamma()),
                    equations.garbageKey().a1Times(garbageY, p.gamma()), v);
            Poly c = ChallengeSampler.sampleInBall(p.ring(), p.challengeWeight(), seed);
            if (!Arrays.equals(slotImage(c, SLOT), guessImage)) {
                continue;
            }
            PolyVec z = y.add(prover.randomness().multiplyPoly(c));
            PolyVec garbageZ = garbageY.add(prover.garbageRandomness().multiplyPoly(c));
            y = null;
            if (!Rejection.accepts(z, p) || !Rejection.accepts(garbageZ, p)) {
                continue;
            }
            byte[] proof = LinearRelationEncoding.encode(p, 2,
                    new LinearRelationEncoding.Proof(seed, prover.garbageCommitment(), h, z, garbageZ));
            if (LinearRelationProof.verify(p, statement, context, proof).valid()) {
                return Optional.of(new Forgery(statement, context, proof, hash));
            }
        }
        return Optional.empty();
    }

    interface Verifier {
        VerificationResult verify(byte[] statement, byte[] context, byte[] proof);
    }

    /** Fresh masks: the commitment vectors w they give and the honest responses for a challenge. */
    record Round(PolyVec[] w, Function<Poly, Optional<PolyVec[]>> respond) {
    }

    /**
     * The attack loop: w_i − c0·δ_i (δ_i is row 0's error in commitment vector i) is hashed under context 1, 2, …
     * until c agrees with c0 in the slot; then the responses are computed from the real witness (fresh masks when
     * they fail the norm bound, as an honest prover would restart).
     */
    private static Optional<Forgery> search(ProofParameters p, ProofType type, byte[] statement, Poly[] rowErrors,
                                            long budget, Supplier<Round> rounds, Verifier verifier) {
        Poly guess = ChallengeSampler.sampleInBall(p.ring(), p.challengeWeight(), new byte[64]);
        int[] guessImage = slotImage(guess, SLOT);
        Round round = rounds.get();
        PolyVec[] committed = shifted(round.w(), guess, rowErrors);
        for (long hash = 1; hash <= budget; hash++) {
            byte[] context = ByteBuffer.allocate(8).putLong(hash).array();
            byte[] mu = Transcript.statementDigest(type, p, statement, context);
            byte[] seed = Transcript.challengeSeed(p, mu, committed);
            Poly c = ChallengeSampler.sampleInBall(p.ring(), p.challengeWeight(), seed);
            if (!Arrays.equals(slotImage(c, SLOT), guessImage)) {
                continue;
            }
            Optional<PolyVec[]> z = round.respond().apply(c);
            if (z.isEmpty()) {
                round = rounds.get();
                committed = shifted(round.w(), guess, rowErrors);
                continue;
            }
            byte[] proof = encodeProof(p, type, seed, z.get());
            if (verifier.verify(statement, context, proof).valid()) {
                return Optional.of(new Forgery(statement, context, proof, hash));
            }
        }
        return Optional.empty();
    }

    private static PolyVec[] shifted(PolyVec[] w, Poly guess, Poly[] rowErrors) {
        PolyVec[] committed = new PolyVec[w.length];
        for (int i = 0; i < w.length; i++) {
            committed[i] = addToRow(w[i], 0, guess.multiply(rowErrors[i]).negate());
        }
        return committed;
    }

    private static byte[] encodeProof(ProofParameters p, ProofType type, byte[] seed, PolyVec[] responses) {
        int length = EncodingHeader.length(p) + Transcript.DIGEST_BYTES;
        for (PolyVec z : responses) {
            length += PolyCodec.responseLength(p, z.length());
        }
        ByteWriter out = new ByteWriter(length);
        EncodingHeader.write(out, type.proofKind(), p);
        out.writeBytes(seed);
        for (PolyVec z : responses) {
            PolyCodec.writeResponses(out, z, p);
        }
        return out.toByteArray();
    }

    private static PolyVec addToRow(PolyVec v, int row, Poly term) {
        Poly[] entries = v.entries().toArray(new Poly[0]);
        entries[row] = entries[row].add(term);
        return PolyVec.of(entries);
    }

    private static int[] constant(ProofParameters p, int value) {
        int[] c = new int[p.degree()];
        c[0] = value;
        return c;
    }
}
