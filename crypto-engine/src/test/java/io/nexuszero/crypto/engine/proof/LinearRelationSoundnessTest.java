package io.nexuszero.crypto.engine.proof;

import io.nexuszero.crypto.engine.params.Presets;
import io.nexuszero.crypto.engine.ring.Poly;
import io.nexuszero.crypto.engine.ring.PolyVec;
import io.nexuszero.crypto.engine.ring.SparseTernary;
import io.nexuszero.crypto.engine.sampling.ChallengeSampler;
import io.nexuszero.crypto.engine.sampling.Randomness;
import io.nexuszero.crypto.engine.sampling.UniformSampler;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Soundness of linear-relation format 2 through the real prover and verifier: the extractor's identity from two
 * transcripts with one first message, and the cheating prover that commits to values violating the relation and
 * grinds the round-2 scalars μ (it succeeds where r = 1 and q is tiny, and fails at the presets).
 */
class LinearRelationSoundnessTest {

    private static final byte[] CONTEXT = {9};
    /** q = 12289 and τ = 1: log2|C| = 9 ≤ log2 q, so r = 1 garbage polynomial — one scalar to grind, 1/q per hash. */
    private static final ProofParameters ONE_SCALAR =
            ProofParameters.of("toy-r1", 256, 12289, 1, 1, "uniform", 1, 1, 6000);

    /**
     * Two accepting transcripts (c1, z1, z1'), (c2, z2, z2') with the same first message give r̄ = z1 − z2,
     * r̄' = z1' − z2', c̄ = c1 − c2 with A1·r̄ = c̄·t1, A1·r̄' = c̄·t1' and, for every k,
     * c̄·h_k = c̄·t2'_k − (A2'·r̄')_k + μ_k·(f(c̄·t2 − A2·r̄) − c̄·b): multiplied out, h_k = g_k + μ_k·(f(m) − b) for
     * the weak-opening messages m = t2 − A2·r̄·c̄⁻¹, g = t2' − A2'·r̄'·c̄⁻¹ — and ct(h_k) = 0 is what the verifier
     * checked, so ct(g_k) = −μ_k·(Σ a_i m_i − b) with g bound before μ (docs/CRYPTO.md).
     */
    @Test
    void twoTranscriptsWithOneFirstMessageYieldTheRelationIdentity() throws Exception {
        ProofParameters p = ProofParameters.of(Presets.NZ_128);
        Randomness randomness = Randomness.deterministic(new byte[] {81});
        LinearRelationProofTest.Instance instance =
                LinearRelationProofTest.Instance.random(p, 300, new java.util.Random(81));
        LinearRelationProof.Relation relation = LinearRelationProof.Relation.of(p, instance.coefficients(),
                instance.constant());
        try (LinearRelationProver prover = LinearRelationProver.commit(p, relation,
                CommittedValues.reduce(p, instance.values()), randomness)) {
            prover.commitGarbage(randomness);
            LinearRelationProver.Scalars round2 = prover.scalars(CONTEXT);
            LinearRelationEquations eq = prover.equations();
            LinearRelationStatement.Decoded s = LinearRelationStatement.decode(p, prover.statement());
            CommitmentKey.Commitment garbage = prover.garbageCommitment();
            int[] mu = round2.mu();
            PolyVec y = Masking.masks(p, prover.randomness().length(), randomness);
            PolyVec garbageY = Masking.masks(p, prover.garbageRandomness().length(), randomness);
            PolyVec w = eq.key().a1Times(y, p.gamma());
            PolyVec garbageW = eq.garbageKey().a1Times(garbageY, p.gamma());
            PolyVec v = eq.linearPart(y, garbageY, mu, p.gamma());
            PolyVec publicPart = eq.publicPart(s.commitment().t2(), relation.constant(), garbage.t2(), round2.h(), mu);
            long bound = p.gamma() + p.challengeTimesSecretBound();

            Poly[] c = new Poly[2];
            PolyVec[] z = new PolyVec[2];
            PolyVec[] garbageZ = new PolyVec[2];
            for (int i = 0; i < 2; i++) {
                c[i] = ChallengeSampler.sampleInBall(p.ring(), p.challengeWeight(), new byte[] {(byte) i});
                SparseTernary sparse = SparseTernary.of(c[i]);
                z[i] = y.add(prover.randomness().multiplyPoly(c[i]));
                garbageZ[i] = garbageY.add(prover.garbageRandomness().multiplyPoly(c[i]));
                // both transcripts verify against the same first message (w, w', v)
                assertThat(eq.key().a1TimesMinusChallengeTimes(z[i], bound, sparse, s.commitment().t1())).isEqualTo(w);
                assertThat(eq.garbageKey().a1TimesMinusChallengeTimes(garbageZ[i], bound, sparse, garbage.t1()))
                        .isEqualTo(garbageW);
                assertThat(eq.recomputed(z[i], garbageZ[i], mu, bound, sparse, publicPart)).isEqualTo(v);
            }
            Poly cBar = c[0].subtract(c[1]);
            PolyVec rBar = z[0].subtract(z[1]);
            PolyVec garbageRBar = garbageZ[0].subtract(garbageZ[1]);
            long notShort = p.modulus();
            assertThat(eq.key().a1Times(rBar, notShort)).isEqualTo(s.commitment().t1().multiplyPoly(cBar));
            assertThat(eq.garbageKey().a1Times(garbageRBar, notShort)).isEqualTo(garbage.t1().multiplyPoly(cBar));
            Poly scaledB = Poly.ofCoefficients(p.ring(), constant(p, relation.constant())).multiply(cBar);
            Poly relationTerm = eq.map().apply(s.commitment().t2().multiplyPoly(cBar)
                    .subtract(eq.key().a2Times(rBar, notShort))).subtract(scaledB);
            PolyVec garbageTerm = garbage.t2().multiplyPoly(cBar).subtract(eq.garbageKey().a2Times(garbageRBar, notShort));
            for (int k = 0; k < mu.length; k++) {
                assertThat(round2.h().get(k).get(0)).isZero();
                assertThat(round2.h().get(k).multiply(cBar))
                        .isEqualTo(garbageTerm.get(k).add(relationTerm.multiplyScalar(mu[k])));
            }
        }
    }

    @Test
    void grindingTheScalarsForgesAFalseRelationWhenROneAndQTiny() {
        assertThat(LinearRelationProof.garbagePolys(ONE_SCALAR)).isEqualTo(1);
        Optional<Long> forged = grind(ONE_SCALAR, 400_000, Randomness.deterministic(new byte[] {82}));
        assertThat(forged).as("μ-grinding forgery with one scalar mod 12289").isPresent();
    }

    @Test
    void grindingTheScalarsFailsOnEveryPreset() {
        for (var preset : Presets.all()) {
            ProofParameters p = ProofParameters.of(preset);
            // more hashes than the weak set needs on average (≈ q = 12289); success chance ≤ 2^14 · q^-r ≤ 2^-126
            assertThat(grind(p, 1 << 14, Randomness.deterministic(new byte[] {83}))).as(preset.id()).isEmpty();
        }
    }

    /**
     * The cheater: commits to 1 and 1 under "v1 + v2 = 5" (error e = −3), picks the scalars μ* = (1, …, 1) it hopes
     * for and garbage with ct(g_k) = −μ*_k·e, binds it, then varies the context until the transcript's scalars are
     * μ*; then h_k = g_k + μ*_k·e has ct 0 and the rest of the proof is honest. Returns the hashes it took.
     */
    private static Optional<Long> grind(ProofParameters p, long budget, Randomness randomness) {
        LinearRelationProof.Relation relation = LinearRelationProof.Relation.of(p, new long[] {1, 1}, 5);
        int r = LinearRelationProof.garbagePolys(p);
        int[] target = new int[r];
        Arrays.fill(target, 1);
        try (LinearRelationProver prover = LinearRelationProver.commit(p, relation, new int[] {1, 1}, randomness)) {
            Poly[] garbage = new Poly[r];
            byte[] seed = randomness.nextBytes(32);
            for (int k = 0; k < r; k++) {
                int[] coefficients = UniformSampler.uniformValues(p.modulus(), p.degree(), seed, new byte[] {(byte) k});
                coefficients[0] = 3; // −μ*_k·e = −1·(2 − 5)
                garbage[k] = Poly.ofCoefficients(p.ring(), coefficients);
            }
            prover.commitGarbage(PolyVec.of(garbage));
            byte[] statement = prover.statement();
            for (long hash = 1; hash <= budget; hash++) {
                byte[] context = ByteBuffer.allocate(8).putLong(hash).array();
                byte[] mu = Transcript.statementDigest(ProofType.LINEAR_RELATION, p, statement, context);
                byte[] rho = Transcript.challengeSeed(p, mu, prover.garbageCommitment().t1(),
                        prover.garbageCommitment().t2());
                if (!Arrays.equals(LinearRelationProof.scalars(p, rho), target)) {
                    continue;
                }
                ProofResult result = prover.open(prover.scalars(context), randomness);
                assertThat(LinearRelationProof.verify(p, result.statement(), context, result.proof()).valid())
                        .as("the ground proof verifies").isTrue();
                return Optional.of(hash);
            }
        }
        return Optional.empty();
    }

    private static int[] constant(ProofParameters p, int value) {
        int[] c = new int[p.degree()];
        c[0] = value;
        return c;
    }
}
