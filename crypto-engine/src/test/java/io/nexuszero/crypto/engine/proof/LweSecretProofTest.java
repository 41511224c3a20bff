package io.nexuszero.crypto.engine.proof;

import io.nexuszero.crypto.engine.keys.KeyGenerator;
import io.nexuszero.crypto.engine.keys.KeyPair;
import io.nexuszero.crypto.engine.keys.PublicKey;
import io.nexuszero.crypto.engine.params.ParameterSet;
import io.nexuszero.crypto.engine.params.Presets;
import io.nexuszero.crypto.engine.ring.Poly;
import io.nexuszero.crypto.engine.ring.PolyMatrix;
import io.nexuszero.crypto.engine.ring.PolyVec;
import io.nexuszero.crypto.engine.sampling.ChallengeSampler;
import io.nexuszero.crypto.engine.sampling.Randomness;
import io.nexuszero.crypto.engine.sampling.UniformSampler;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LweSecretProofTest {

    private static final byte[] CONTEXT = "transfer #42".getBytes(StandardCharsets.UTF_8);

    @Test
    void honestProofsVerifyAcrossParameterSetsKeysAndContexts() {
        Randomness randomness = Randomness.deterministic(new byte[] {10});
        Random contexts = new Random(10);
        int[] instances = {1500, 250, 150}; // SMALL, DILITHIUM_LIKE, WIDE
        for (int set = 0; set < instances.length; set++) {
            ProofParameters p = TestParameters.all().get(set);
            for (int i = 0; i < instances[set]; i++) {
                TestParameters.Key key = TestParameters.keyPair(p, randomness);
                byte[] context = new byte[contexts.nextInt(65)];
                contexts.nextBytes(context);
                ProofResult result = LweSecretProof.prove(p, key.rho(), key.t(), key.s1(), key.s2(), context,
                        randomness);
                assertThat(result.attempts()).isPositive();
                assertThat(result.proof()).hasSize(LweSecretProof.proofLength(p));
                assertThat(LweSecretProof.verify(p, key.rho(), key.t(), context, result.proof()))
                        .as("%s instance %d", p.id(), i).isEqualTo(new VerificationResult(true, "ok"));
            }
        }
    }

    /** The key's cached digest is the statement body's, so both entry points bind the same transcript. */
    @Test
    void keyObjectsAndRawKeysProveAndVerifyTheSameStatement() {
        Randomness randomness = Randomness.deterministic(new byte[] {12});
        ParameterSet set = Presets.byId("nz-128").orElseThrow();
        ProofParameters p = ProofParameters.of(set);
        KeyPair keys = KeyGenerator.generate(set.parameters(), randomness);
        PublicKey pk = keys.publicKey();
        byte[] statement = LweSecretProof.encodeStatement(p, pk.rho(), pk.t());
        int header = EncodingHeader.length(p);
        assertThat(Transcript.bodyDigest(statement, header, statement.length - header)).isEqualTo(pk.digest());
        byte[] viaKey = LweSecretProof.prove(set, pk, keys.secretKey(), CONTEXT, randomness).proof();
        byte[] viaRaw = LweSecretProof.prove(p, pk.rho(), pk.t(), keys.secretKey().s1(), keys.secretKey().s2(),
                CONTEXT, randomness).proof();
        for (byte[] proof : new byte[][] {viaKey, viaRaw}) {
            assertThat(LweSecretProof.verify(set, pk, CONTEXT, proof).valid()).isTrue();
            assertThat(LweSecretProof.verify(p, pk.rho(), pk.t(), CONTEXT, proof).valid()).isTrue();
            assertThat(LweSecretProof.verify(set, pk, new byte[0], proof).reason()).isEqualTo("challenge_mismatch");
        }
    }

    @Test
    void everySingleByteChangeOfASmallProofIsRejected() {
        ProofParameters p = TestParameters.SMALL;
        Randomness randomness = Randomness.deterministic(new byte[] {11});
        TestParameters.Key key = TestParameters.keyPair(p, randomness);
        byte[] proof = LweSecretProof.prove(p, key.rho(), key.t(), key.s1(), key.s2(), CONTEXT, randomness).proof();
        Random random = new Random(11);
        for (int position = 0; position < proof.length; position++) {
            for (int change : new int[] {0x01, 0x80, 1 + random.nextInt(255)}) {
                byte[] tampered = proof.clone();
                tampered[position] ^= (byte) change;
                VerificationResult r = LweSecretProof.verify(p, key.rho(), key.t(), CONTEXT, tampered);
                assertThat(r.valid()).as("byte %d ^ %02x", position, change).isFalse();
                assertThat(r.reason()).isIn("malformed", "wrong_parameter_set", "norm_exceeded",
                        "challenge_mismatch");
            }
        }
    }

    @Test
    void denseSampleAndEveryFieldBoundaryOfALargerProofAreRejected() {
        ProofParameters p = TestParameters.DILITHIUM_LIKE;
        Randomness randomness = Randomness.deterministic(new byte[] {12});
        TestParameters.Key key = TestParameters.keyPair(p, randomness);
        byte[] proof = LweSecretProof.prove(p, key.rho(), key.t(), key.s1(), key.s2(), CONTEXT, randomness).proof();
        for (int position : Tampering.positions(p, proof.length, p.rankK() + p.rankL(), 5)) {
            byte[] tampered = proof.clone();
            tampered[position] ^= 0x10;
            assertThat(LweSecretProof.verify(p, key.rho(), key.t(), CONTEXT, tampered).valid())
                    .as("byte %d", position).isFalse();
        }
    }

    @Test
    void wrongStatementContextOrParameterSetIsRejected() {
        ProofParameters p = TestParameters.DILITHIUM_LIKE;
        Randomness randomness = Randomness.deterministic(new byte[] {13});
        TestParameters.Key key = TestParameters.keyPair(p, randomness);
        TestParameters.Key other = TestParameters.keyPair(p, randomness);
        byte[] proof = LweSecretProof.prove(p, key.rho(), key.t(), key.s1(), key.s2(), CONTEXT, randomness).proof();

        assertThat(LweSecretProof.verify(p, other.rho(), other.t(), CONTEXT, proof).reason())
                .isEqualTo("challenge_mismatch");
        assertThat(LweSecretProof.verify(p, key.rho(), other.t(), CONTEXT, proof).reason())
                .isEqualTo("challenge_mismatch");
        byte[] otherRho = key.rho().clone();
        otherRho[0] ^= 1;
        assertThat(LweSecretProof.verify(p, otherRho, key.t(), CONTEXT, proof).reason())
                .isEqualTo("challenge_mismatch");
        byte[] otherContext = CONTEXT.clone();
        otherContext[otherContext.length - 1] ^= 1;
        assertThat(LweSecretProof.verify(p, key.rho(), key.t(), otherContext, proof).reason())
                .isEqualTo("challenge_mismatch");
        assertThat(LweSecretProof.verify(p, key.rho(), key.t(), new byte[0], proof).reason())
                .isEqualTo("challenge_mismatch");
        assertThat(LweSecretProof.verify(p, key.rho(), key.t(), Arrays.copyOf(CONTEXT, CONTEXT.length + 1), proof)
                .reason()).isEqualTo("challenge_mismatch");
        assertThat(LweSecretProof.verify(p, key.rho(), key.t(), new byte[1025], proof).reason())
                .isEqualTo("context_too_long");

        ProofParameters renamed = new ProofParameters("nz-128", p.ring(), p.rankK(), p.rankL(),
                p.secretDistribution(), p.eta(), p.challengeWeight(), p.gamma());
        assertThat(LweSecretProof.verify(renamed, key.rho(), key.t(), CONTEXT, proof).reason())
                .isEqualTo("wrong_parameter_set");
        ProofParameters otherGamma = new ProofParameters(p.id(), p.ring(), p.rankK(), p.rankL(),
                p.secretDistribution(), p.eta(), p.challengeWeight(), p.gamma() - 1);
        assertThat(LweSecretProof.verify(otherGamma, key.rho(), key.t(), CONTEXT, proof).reason())
                .isEqualTo("wrong_parameter_set");
        assertThatThrownBy(() -> LweSecretProof.prove(p, key.rho(), key.t(), key.s1(), key.s2(), new byte[1025],
                randomness)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aProofForAnotherKeysSecretDoesNotVerifyAgainstThisKey() {
        ProofParameters p = TestParameters.SMALL;
        Randomness randomness = Randomness.deterministic(new byte[] {14});
        TestParameters.Key key = TestParameters.keyPair(p, randomness);
        TestParameters.Key other = TestParameters.keyPair(p, randomness);
        // the prover uses the other key's secret with this key's public part: the relation t = A·s1 + s2 fails
        byte[] proof = LweSecretProof.prove(p, key.rho(), key.t(), other.s1(), other.s2(), CONTEXT, randomness)
                .proof();
        assertThat(LweSecretProof.verify(p, key.rho(), key.t(), CONTEXT, proof).reason())
                .isEqualTo("challenge_mismatch");
    }

    /**
     * Special soundness made concrete: two accepting proofs with the same mask y and different challenges (here:
     * the same randomness under two contexts) yield z̄ = z − z', c̄ = c − c' with A·z̄1 + z̄2 = c̄·t and
     * ‖z̄‖∞ ≤ 2(γ − τη) — the weak opening docs/CRYPTO.md describes.
     */
    @Test
    void twoTranscriptsWithOneMaskYieldTheDocumentedWeakOpening() throws Exception {
        ProofParameters p = TestParameters.SMALL;
        TestParameters.Key key = TestParameters.keyPair(p, Randomness.deterministic(new byte[] {15}));
        int extracted = 0;
        for (byte seed = 0; seed < 20 && extracted < 3; seed++) {
            LweSecretProof.Response first = LweSecretProof.respond(p, key.rho(), key.t(), key.s1(), key.s2(),
                    new byte[] {1}, Randomness.deterministic(new byte[] {seed}), true);
            LweSecretProof.Response second = LweSecretProof.respond(p, key.rho(), key.t(), key.s1(), key.s2(),
                    new byte[] {2}, Randomness.deterministic(new byte[] {seed}), true);
            if (first.attempts() != 1 || second.attempts() != 1) {
                continue; // the masks agree only if both accepted their first attempt
            }
            Poly c = ChallengeSampler.sampleInBall(p.ring(), p.challengeWeight(), first.challengeSeed());
            Poly cPrime = ChallengeSampler.sampleInBall(p.ring(), p.challengeWeight(), second.challengeSeed());
            PolyVec z1 = first.z1().subtract(second.z1());
            PolyVec z2 = first.z2().subtract(second.z2());
            Poly cBar = c.subtract(cPrime);
            PolyMatrix a = UniformSampler.expandMatrix(p.ring(), key.rho(), p.rankK(), p.rankL());
            assertThat(a.multiply(z1).add(z2)).isEqualTo(key.t().multiplyPoly(cBar));
            assertThat(Math.max(z1.infinityNorm(), z2.infinityNorm())).isLessThanOrEqualTo(2 * p.responseBound());
            assertThat(cBar.infinityNorm()).isLessThanOrEqualTo(2);
            extracted++;
        }
        assertThat(extracted).isPositive();
    }

    @Test
    void equalRandomnessGivesEqualProofsAndAPinnedKnownAnswer() {
        ProofParameters p = TestParameters.SMALL;
        TestParameters.Key key = TestParameters.keyPair(p, Randomness.deterministic(new byte[] {16}));
        byte[] a = LweSecretProof.prove(p, key.rho(), key.t(), key.s1(), key.s2(), CONTEXT,
                Randomness.deterministic(new byte[] {17})).proof();
        byte[] b = LweSecretProof.prove(p, key.rho(), key.t(), key.s1(), key.s2(), CONTEXT,
                Randomness.deterministic(new byte[] {17})).proof();
        assertThat(a).isEqualTo(b);
        assertThat(Tampering.sha3Hex(a)).isEqualTo(KnownAnswers.LWE_SECRET_SMALL);
    }

    @Test
    void theCallersSecretIsLeftIntact() {
        ProofParameters p = TestParameters.SMALL;
        Randomness randomness = Randomness.deterministic(new byte[] {18});
        TestParameters.Key key = TestParameters.keyPair(p, randomness);
        PolyVec before = key.s1().add(PolyVec.zero(p.ring(), p.rankL()));
        LweSecretProof.prove(p, key.rho(), key.t(), key.s1(), key.s2(), CONTEXT, randomness);
        assertThat(key.s1()).isEqualTo(before);
    }
}
