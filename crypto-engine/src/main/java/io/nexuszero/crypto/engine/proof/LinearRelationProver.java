package io.nexuszero.crypto.engine.proof;

import io.nexuszero.crypto.engine.ring.PolyVec;
import io.nexuszero.crypto.engine.ring.SparseTernary;
import io.nexuszero.crypto.engine.sampling.ChallengeSampler;
import io.nexuszero.crypto.engine.sampling.Randomness;

/**
 * The linear-relation prover's three rounds, made non-interactive with one Fiat–Shamir hash per round:
 * <ol>
 *   <li>commit to the values (one BDLOP commitment, r) and to r garbage polynomials g_k uniform with ct(g_k) = 0
 *       (a second BDLOP commitment, r');</li>
 *   <li>ρ = H(μ ‖ t1' ‖ t2'), μ_k = the k-th scalar of ρ; send h_k = g_k + μ_k·(f(m) − b);</li>
 *   <li>Fiat–Shamir with aborts on (r, r'), masks y, y' Gaussian or uniform ({@link LoopMasking}, as range's), with
 *       the commitments w = A1·y, w' = A1'·y' and the tie-in commitments v_k ({@link LinearRelationEquations});
 *       c̃ = H(ρ ‖ h ‖ w ‖ w' ‖ v), z = y + c·r, z' = y' + c·r', restart round 3 unless the Gaussian rejection step
 *       keeps (z, z') and both are within B.</li>
 * </ol>
 * Package-private steps so tests can run a cheating prover (false values, chosen garbage, ground scalars) and the
 * extractor through the real code. The caller checks the relation; this class does not (a cheater must get through).
 */
final class LinearRelationProver implements AutoCloseable {

    private final ProofParameters p;
    private final LoopMasking masking;
    private final LinearRelationProof.Relation relation;
    private final LinearRelationEquations equations;
    private final PolyVec message;
    private final PolyVec randomness;
    private final CommitmentKey.Commitment commitment;
    private final byte[] statement;
    private PolyVec garbage;
    private final PolyVec garbageRandomness;
    private CommitmentKey.Commitment garbageCommitment;

    /** Round 2's public output: ρ, the scalars μ_k and h. */
    record Scalars(byte[] rho, int[] mu, PolyVec h) {
    }

    private LinearRelationProver(ProofParameters p, LinearRelationProof.Relation relation, int[] valuesModQ,
                                 Randomness rng) {
        this.p = p;
        this.masking = LinearRelationProof.masking(p, valuesModQ.length);
        this.relation = relation;
        PolyVec values = CommitmentKey.messagePolynomials(p, valuesModQ);
        CommitmentKey key = CommitmentKey.expand(p, values.length());
        CommitmentKey garbageKey = CommitmentKey.expand(p, LinearRelationProof.garbagePolys(p));
        this.equations = new LinearRelationEquations(key, garbageKey,
                InnerProductMap.of(p.ring(), relation.coefficients(), values.length()));
        PolyVec[] both = masking.randomness(p, key.randomnessLength(), garbageKey.randomnessLength(), rng);
        this.randomness = both[0];
        this.garbageRandomness = both[1];
        this.commitment = key.commit(values, randomness);
        values.zeroize();
        this.statement = LinearRelationStatement.encode(p, relation, commitment);
        // The statement publishes only the first L coefficients of t2, so the message the proof speaks about is
        // t2 (as published, zero beyond L) − A2·r: the values below L and −(A2·r)_i beyond. f(·) mixes all
        // coefficients, so h must be computed from this message for the verifier's equation to hold; its constant
        // coefficient, Σ a_i·v_i, reads only positions below L.
        this.message = CommitmentKey.truncated(commitment.t2(), valuesModQ.length).subtract(key.a2Times(randomness, p.eta()));
    }

    /** Round 1a: commits to the values (reduced mod q; L = the relation's length). */
    static LinearRelationProver commit(ProofParameters p, LinearRelationProof.Relation relation, int[] valuesModQ,
                                       Randomness rng) {
        return new LinearRelationProver(p, relation, valuesModQ, rng);
    }

    byte[] statement() {
        return statement.clone();
    }

    /** Round 1b, honest: r garbage polynomials uniform mod q with zero constant coefficients, then commits to them. */
    void commitGarbage(Randomness rng) {
        commitGarbage(ZeroConstantGarbage.sample(p, LinearRelationProof.garbagePolys(p), rng));
    }

    /** Round 1b with the given garbage polynomials (a test's cheating prover chooses them). */
    void commitGarbage(PolyVec chosen) {
        this.garbage = chosen;
        this.garbageCommitment = equations.garbageKey().commit(chosen, garbageRandomness);
    }

    CommitmentKey.Commitment garbageCommitment() {
        return garbageCommitment;
    }

    /** Round 2: the scalars from ρ = H(μ ‖ t1' ‖ t2') and h_k = g_k + μ_k·(f(m) − b). */
    Scalars scalars(byte[] context) {
        byte[] mu = Transcript.statementDigest(LinearRelationStatement.TYPE, p, statement, context);
        byte[] rho = Transcript.challengeSeed(p, mu, garbageCommitment.t1(), garbageCommitment.t2());
        int[] scalars = LinearRelationProof.scalars(p, rho);
        return new Scalars(rho, scalars, equations.masked(message, relation.constant(), garbage, scalars));
    }

    /** Round 3: Fiat–Shamir with aborts over both randomness vectors; the encoded proof. */
    ProofResult open(Scalars round2, Randomness rng) {
        int budget = Rejection.attemptBudget(masking.expectedAttempts());
        int maskBound = masking.maskBound(p);
        for (int attempt = 1; attempt <= budget; attempt++) {
            try (LoopMasking.Attempt masks = masking.draw(p, randomness.length(), garbageRandomness.length(), rng)) {
                PolyVec y = masks.y();
                PolyVec garbageY = masks.auxiliaryY();
                byte[] seed = Transcript.challengeSeed(p, round2.rho(), round2.h(),
                        equations.key().a1Times(y, maskBound), equations.garbageKey().a1Times(garbageY, maskBound),
                        equations.linearPart(y, garbageY, round2.mu(), maskBound));
                SparseTernary c = ChallengeSampler.sampleSparse(p.ring(), p.challengeWeight(), seed);
                LoopMasking.Responses kept = masking.respond(p, masks, c, randomness, garbageRandomness);
                if (kept != null) {
                    byte[] proof = LinearRelationEncoding.encode(p, relation.coefficients().length,
                            new LinearRelationEncoding.Proof(seed, garbageCommitment, round2.h(), kept.z(),
                                    kept.auxiliaryZ()));
                    return new ProofResult(statement(), proof, attempt);
                }
            }
        }
        throw Rejection.exhausted();
    }

    /** The equations, randomness and messages, for the extractor test (same package only). */
    LinearRelationEquations equations() {
        return equations;
    }

    PolyVec randomness() {
        return randomness;
    }

    PolyVec garbageRandomness() {
        return garbageRandomness;
    }

    CommitmentKey.Commitment commitment() {
        return commitment;
    }

    /** Wipes the secrets: values, garbage and both randomness vectors. */
    @Override
    public void close() {
        message.zeroize();
        randomness.zeroize();
        garbageRandomness.zeroize();
        if (garbage != null) {
            garbage.zeroize();
        }
    }
}
