package io.nexuszero.crypto.engine.proof;

import io.nexuszero.crypto.engine.ring.Poly;
import io.nexuszero.crypto.engine.ring.PolyVec;
import io.nexuszero.crypto.engine.sampling.ChallengeSampler;
import io.nexuszero.crypto.engine.sampling.Randomness;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CommitmentOpeningProofTest {

    private static final byte[] CONTEXT = {7, 7, 7};

    static long[] randomValues(ProofParameters p, int count, Random random) {
        long[] values = new long[count];
        long q = p.modulus();
        for (int i = 0; i < count; i++) {
            values[i] = switch (random.nextInt(4)) {
                case 0 -> q - 1;
                case 1 -> -(q - 1);
                default -> (long) (random.nextDouble() * (2 * q - 1)) - (q - 1);
            };
        }
        return values;
    }

    @Test
    void honestOpeningsVerifyForManyLengths() {
        Randomness randomness = Randomness.deterministic(new byte[] {20});
        Random random = new Random(20);
        int[] lengths = {1, 2, 17, 255, 256, 257, 1000, 4096};
        for (ProofParameters p : TestParameters.all()) {
            int rounds = p == TestParameters.SMALL ? 400 : 8;
            for (int round = 0; round < rounds; round++) {
                int count = Math.min(round < lengths.length ? lengths[round] : 1 + random.nextInt(300),
                        CommitmentOpeningProof.maxValues(p));
                ProofResult result = CommitmentOpeningProof.commitAndProve(p, randomValues(p, count, random),
                        CONTEXT, randomness);
                assertThat(result.statement()).hasSize(CommitmentOpeningProof.statementLength(p, count));
                assertThat(result.proof()).hasSize(CommitmentOpeningProof.proofLength(p, count));
                assertThat(CommitmentOpeningProof.verify(p, result.statement(), CONTEXT, result.proof()))
                        .as("%s L=%d", p.id(), count).isEqualTo(new VerificationResult(true, "ok"));
            }
        }
    }

    @Test
    void lengthsBeyondTheRepetitionCapAreRefused() {
        ProofParameters tight = ProofParameters.of("custom", 256, 7681, 1, 1, "uniform", 1, 8, 3840);
        int max = CommitmentOpeningProof.maxValues(tight);
        assertThat(max).isBetween(256, 4095);
        assertThatThrownBy(() -> CommitmentOpeningProof.commitAndProve(tight, new long[max + 1], CONTEXT,
                Randomness.deterministic(new byte[] {1}))).isInstanceOf(IllegalArgumentException.class);
        assertThat(CommitmentOpeningProof.maxValues(TestParameters.DILITHIUM_LIKE)).isEqualTo(4096);
    }

    @Test
    void everySingleByteChangeOfProofAndStatementIsRejected() {
        ProofParameters p = TestParameters.SMALL;
        Randomness randomness = Randomness.deterministic(new byte[] {21});
        ProofResult result = CommitmentOpeningProof.commitAndProve(p, new long[] {1, 2, 3}, CONTEXT, randomness);
        for (int position = 0; position < result.proof().length; position++) {
            byte[] tampered = result.proof().clone();
            tampered[position] ^= (byte) (1 << (position % 8));
            assertThat(CommitmentOpeningProof.verify(p, result.statement(), CONTEXT, tampered).valid())
                    .as("proof byte %d", position).isFalse();
        }
        for (int position = 0; position < result.statement().length; position++) {
            byte[] tampered = result.statement().clone();
            tampered[position] ^= (byte) (1 << (position % 8));
            assertThat(CommitmentOpeningProof.verify(p, tampered, CONTEXT, result.proof()).valid())
                    .as("statement byte %d", position).isFalse();
        }
    }

    @Test
    void wrongContextOtherCommitmentAndOtherParametersAreRejected() {
        ProofParameters p = TestParameters.DILITHIUM_LIKE;
        Randomness randomness = Randomness.deterministic(new byte[] {22});
        ProofResult result = CommitmentOpeningProof.commitAndProve(p, new long[] {5, 6}, CONTEXT, randomness);
        ProofResult other = CommitmentOpeningProof.commitAndProve(p, new long[] {5, 6}, CONTEXT, randomness);
        assertThat(result.statement()).isNotEqualTo(other.statement()); // hiding needs fresh randomness
        assertThat(CommitmentOpeningProof.verify(p, result.statement(), new byte[] {7, 7}, result.proof()).reason())
                .isEqualTo("challenge_mismatch");
        assertThat(CommitmentOpeningProof.verify(p, other.statement(), CONTEXT, result.proof()).reason())
                .isEqualTo("challenge_mismatch");
        assertThat(CommitmentOpeningProof.verify(TestParameters.WIDE, result.statement(), CONTEXT, result.proof())
                .reason()).isEqualTo("wrong_parameter_set");
        byte[] lwe = LweSecretProofTestSupport.anyLweProof(p);
        assertThat(CommitmentOpeningProof.verify(p, result.statement(), CONTEXT, lwe).reason())
                .isEqualTo("malformed");
    }

    @Test
    void outOfRangeInputsAreRefused() {
        ProofParameters p = TestParameters.SMALL;
        Randomness randomness = Randomness.deterministic(new byte[] {23});
        assertThatThrownBy(() -> CommitmentOpeningProof.commitAndProve(p, new long[0], CONTEXT, randomness))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CommitmentOpeningProof.commitAndProve(p, new long[4097], CONTEXT, randomness))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CommitmentOpeningProof.commitAndProve(p, new long[] {p.modulus()}, CONTEXT,
                randomness)).isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("7681 ");
    }

    /**
     * The extractor of docs/CRYPTO.md: two accepting transcripts with one mask give (r̄, c̄) = (z − z', c − c') with
     * A1·r̄ = c̄·t1 and ‖r̄‖∞ ≤ 2(γ − τη); moreover r̄ = c̄·r for the honest randomness r.
     */
    @Test
    void twoTranscriptsWithOneMaskYieldAWeakOpening() throws Exception {
        ProofParameters p = TestParameters.SMALL;
        int extracted = 0;
        for (byte seed = 0; seed < 30 && extracted < 3; seed++) {
            ProofResult first = CommitmentOpeningProof.commitAndProve(p, new long[] {3, 4}, new byte[] {1},
                    Randomness.deterministic(new byte[] {seed}));
            ProofResult second = CommitmentOpeningProof.commitAndProve(p, new long[] {3, 4}, new byte[] {2},
                    Randomness.deterministic(new byte[] {seed}));
            if (first.attempts() != 1 || second.attempts() != 1) {
                continue;
            }
            assertThat(first.statement()).isEqualTo(second.statement());
            CommitmentOpeningProof.Statement s = CommitmentOpeningProof.decodeStatement(p, first.statement());
            Response a = Response.decode(p, first.proof(), s.key().randomnessLength());
            Response b = Response.decode(p, second.proof(), s.key().randomnessLength());
            PolyVec rBar = a.z().subtract(b.z());
            Poly cBar = a.challenge(p).subtract(b.challenge(p));
            assertThat(s.key().a1Times(rBar, 2L * p.responseBound()))
                    .isEqualTo(s.commitment().t1().multiplyPoly(cBar));
            assertThat(rBar.infinityNorm()).isLessThanOrEqualTo(2 * p.responseBound());
            extracted++;
        }
        assertThat(extracted).isPositive();
    }

    /** A decoded single-vector proof (c̃, z). */
    record Response(byte[] seed, PolyVec z) {
        static Response decode(ProofParameters p, byte[] proof, int polys) throws Exception {
            io.nexuszero.crypto.engine.packing.ByteReader in = new io.nexuszero.crypto.engine.packing.ByteReader(proof);
            EncodingHeader.read(in, ProofType.COMMITMENT_OPENING.proofKind(), p);
            byte[] seed = in.readBytes(Transcript.DIGEST_BYTES, "challenge seed");
            PolyVec z = PolyCodec.readResponses(in, polys, p);
            in.finish();
            return new Response(seed, z);
        }

        Poly challenge(ProofParameters p) {
            return ChallengeSampler.sampleInBall(p.ring(), p.challengeWeight(), seed);
        }
    }
}
