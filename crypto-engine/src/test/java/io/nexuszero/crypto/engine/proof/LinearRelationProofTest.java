package io.nexuszero.crypto.engine.proof;

import io.nexuszero.crypto.engine.packing.ByteWriter;
import io.nexuszero.crypto.engine.params.Presets;
import io.nexuszero.crypto.engine.params.Soundness;
import io.nexuszero.crypto.engine.sampling.Randomness;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LinearRelationProofTest {

    private static final byte[] CONTEXT = {3, 1, 4};
    private static final int[] LENGTHS = {1, 2, 255, 256, 257, 1000, 4096};

    /**
     * Random values and coefficients with the constant chosen so that Σ a_i·m_i = b (mod q); a quarter of the
     * coefficients are 0 or q − 1 (−1), the edges of Z_q.
     */
    record Instance(long[] values, long[] coefficients, long constant) {
        static Instance random(ProofParameters p, int count, Random random) {
            long q = p.modulus();
            long[] values = new long[count];
            long[] coefficients = new long[count];
            long sum = 0;
            for (int i = 0; i < count; i++) {
                values[i] = random.nextInt(p.modulus()) - (q - 1) / 2;
                coefficients[i] = switch (random.nextInt(8)) {
                    case 0 -> 0;
                    case 1 -> q - 1;
                    case 2 -> random.nextInt(7) - 3;
                    default -> random.nextLong();
                };
                sum = Math.floorMod(sum + Math.floorMod(coefficients[i], q) * Math.floorMod(values[i], q), q);
            }
            return new Instance(values, coefficients, random.nextBoolean() ? sum : sum - q);
        }
    }

    @Test
    void honestRelationProofsVerifyAtEveryLength() {
        Randomness randomness = Randomness.deterministic(new byte[] {30});
        Random random = new Random(30);
        for (ProofParameters p : TestParameters.all()) {
            for (int count : LENGTHS) {
                int rounds = p == TestParameters.SMALL ? 12 : 2;
                for (int round = 0; round < rounds; round++) {
                    assertProves(p, Instance.random(p, count, random), randomness);
                }
            }
        }
    }

    @Test
    void manySmallInstancesVerify() {
        Randomness randomness = Randomness.deterministic(new byte[] {35});
        Random random = new Random(35);
        for (int round = 0; round < 600; round++) {
            assertProves(TestParameters.SMALL, Instance.random(TestParameters.SMALL, 1 + round % 5, random),
                    randomness);
        }
    }

    @Test
    void presetsProveAndVerifyUpTo4096Values() {
        Randomness randomness = Randomness.deterministic(new byte[] {36});
        Random random = new Random(36);
        for (var preset : Presets.all()) {
            ProofParameters p = ProofParameters.of(preset);
            assertThat(LinearRelationProof.maxValues(p)).isEqualTo(LinearRelationProof.MAX_VALUES);
            for (int count : new int[] {1, 257, 4096}) {
                assertProves(p, Instance.random(p, count, random), randomness);
            }
        }
    }

    private static void assertProves(ProofParameters p, Instance instance, Randomness randomness) {
        int count = instance.values().length;
        ProofResult result = LinearRelationProof.commitAndProve(p, instance.values(), instance.coefficients(),
                instance.constant(), CONTEXT, randomness);
        assertThat(result.proof()).hasSize(LinearRelationProof.proofLength(p, count));
        assertThat(result.statement()).hasSize(LinearRelationProof.statementLength(p, count));
        assertThat(LinearRelationProof.verify(p, result.statement(), CONTEXT, result.proof()))
                .as("%s L=%d", p.id(), count).isEqualTo(new VerificationResult(true, "ok"));
    }

    @Test
    void garbagePolynomialsMatchTheChallengeSpace() {
        assertThat(LinearRelationProof.garbagePolys(ProofParameters.of(Presets.NZ_128))).isEqualTo(5);
        assertThat(LinearRelationProof.garbagePolys(ProofParameters.of(Presets.NZ_192))).isEqualTo(8);
        assertThat(LinearRelationProof.garbagePolys(ProofParameters.of(Presets.NZ_256))).isEqualTo(10);
        assertThat(LinearRelationProof.garbagePolys(TestParameters.SMALL)).isEqualTo(3);
        // −log2(q^-r + 1/|C|): the challenge term dominates at every preset, and each reaches its λ
        assertThat(Soundness.linearRelationBits(Presets.NZ_128.parameters())).isBetween(131.0, 131.1);
        assertThat(Soundness.linearRelationBits(Presets.NZ_192.parameters())).isBetween(196.1, 196.3);
        assertThat(Soundness.linearRelationBits(Presets.NZ_256.parameters())).isBetween(256.9, 257.1);
    }

    @Test
    void theProverRefusesAFalseRelationWithoutEchoingValues() {
        ProofParameters p = TestParameters.DILITHIUM_LIKE;
        Randomness randomness = Randomness.deterministic(new byte[] {31});
        ProofResult result = LinearRelationProof.commitAndProve(p, new long[] {1200, 34, 1234},
                new long[] {1, 1, -1}, 0, CONTEXT, randomness);
        assertThat(LinearRelationProof.verify(p, result.statement(), CONTEXT, result.proof()).valid()).isTrue();
        assertThatThrownBy(() -> LinearRelationProof.commitAndProve(p, new long[] {1200, 34, 1235},
                new long[] {1, 1, -1}, 0, CONTEXT, randomness))
                .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("1235");
    }

    /**
     * A prover that commits to values violating the relation and runs the honest rounds: h_k then has a non-zero
     * constant coefficient, which the encoding cannot carry; forcing it to zero breaks the tie-in equations.
     */
    @Test
    void aFalseRelationForcedThroughNeverVerifies() {
        ProofParameters p = TestParameters.SMALL;
        Randomness randomness = Randomness.deterministic(new byte[] {37});
        for (int trial = 0; trial < 20; trial++) {
            LinearRelationProof.Relation relation = LinearRelationProof.Relation.of(p, new long[] {1, 1}, 5 + trial);
            try (LinearRelationProver prover = LinearRelationProver.commit(p, relation, new int[] {1, 1}, randomness)) {
                prover.commitGarbage(randomness);
                LinearRelationProver.Scalars honest = prover.scalars(CONTEXT);
                assertThatThrownBy(() -> prover.open(honest, randomness)).isInstanceOf(IllegalStateException.class);
                LinearRelationProver.Scalars forced = new LinearRelationProver.Scalars(honest.rho(), honest.mu(),
                        LinearRelationTestSupport.withZeroConstants(honest.h()));
                ProofResult result = prover.open(forced, randomness);
                assertThat(LinearRelationProof.verify(p, result.statement(), CONTEXT, result.proof()).reason())
                        .isEqualTo("challenge_mismatch");
            }
        }
    }

    @Test
    void changingTheRelationTheCommitmentOrTheContextIsRejected() throws Exception {
        ProofParameters p = TestParameters.SMALL;
        Randomness randomness = Randomness.deterministic(new byte[] {32});
        ProofResult result = LinearRelationProof.commitAndProve(p, new long[] {10, 20, 30},
                new long[] {1, 1, -1}, 0, CONTEXT, randomness);
        LinearRelationStatement.Decoded s = LinearRelationStatement.decode(p, result.statement());

        LinearRelationProof.Relation shiftedB = new LinearRelationProof.Relation(s.relation().coefficients(), 1);
        assertThat(verify(p, LinearRelationStatement.encode(p, shiftedB, s.commitment()), result))
                .isEqualTo("challenge_mismatch");
        LinearRelationProof.Relation otherA = new LinearRelationProof.Relation(new int[] {1, 2, p.modulus() - 1}, 0);
        assertThat(verify(p, LinearRelationStatement.encode(p, otherA, s.commitment()), result))
                .isEqualTo("challenge_mismatch");

        ProofResult other = LinearRelationProof.commitAndProve(p, new long[] {10, 20, 30},
                new long[] {1, 1, -1}, 0, CONTEXT, randomness);
        assertThat(LinearRelationProof.verify(p, other.statement(), CONTEXT, result.proof()).reason())
                .isEqualTo("challenge_mismatch");
        assertThat(LinearRelationProof.verify(p, result.statement(), new byte[] {3, 1}, result.proof()).reason())
                .isEqualTo("challenge_mismatch");
        assertThat(LinearRelationProof.verify(p, result.statement(), new byte[1025], result.proof()).reason())
                .isEqualTo("context_too_long");
    }

    private static String verify(ProofParameters p, byte[] statement, ProofResult result) {
        return LinearRelationProof.verify(p, statement, CONTEXT, result.proof()).reason();
    }

    @Test
    void everySingleByteChangeOfProofAndStatementIsRejected() {
        ProofParameters p = TestParameters.SMALL;
        Randomness randomness = Randomness.deterministic(new byte[] {33});
        ProofResult result = LinearRelationProof.commitAndProve(p, new long[] {4, 5}, new long[] {2, 3}, 23,
                CONTEXT, randomness);
        for (int position = 0; position < result.proof().length; position++) {
            byte[] tampered = result.proof().clone();
            tampered[position] ^= (byte) (1 << (position % 8));
            assertThat(LinearRelationProof.verify(p, result.statement(), CONTEXT, tampered).valid())
                    .as("proof byte %d", position).isFalse();
        }
        for (int position = 0; position < result.statement().length; position++) {
            byte[] tampered = result.statement().clone();
            tampered[position] ^= (byte) (1 << (position % 8));
            assertThat(LinearRelationProof.verify(p, tampered, CONTEXT, result.proof()).valid())
                    .as("statement byte %d", position).isFalse();
        }
    }

    /** Format 1 encodings (kind 0x03 / 0x83) answer their own reason, not "malformed". */
    @Test
    void retiredFormatOneEncodingsAreUnsupportedFormat() {
        ProofParameters p = TestParameters.SMALL;
        ProofResult result = LinearRelationProof.commitAndProve(p, new long[] {4, 5}, new long[] {2, 3}, 23,
                CONTEXT, Randomness.deterministic(new byte[] {38}));
        byte[] oldProof = result.proof().clone();
        oldProof[3] = 0x03;
        byte[] oldStatement = result.statement().clone();
        oldStatement[3] = (byte) 0x83;
        assertThat(LinearRelationProof.verify(p, result.statement(), CONTEXT, oldProof).reason())
                .isEqualTo("unsupported_format");
        assertThat(LinearRelationProof.verify(p, oldStatement, CONTEXT, result.proof()).reason())
                .isEqualTo("unsupported_format");
        ByteWriter header = new ByteWriter();
        EncodingHeader.write(header, 0x03, p);
        assertThat(LinearRelationProof.verify(p, result.statement(), CONTEXT, header.toByteArray()).reason())
                .isEqualTo("unsupported_format");
    }

    @Test
    void tooManyValuesOrMismatchedCountsAreRefused() {
        ProofParameters p = TestParameters.SMALL;
        Randomness randomness = Randomness.deterministic(new byte[] {34});
        int tooMany = LinearRelationProof.MAX_VALUES + 1;
        assertThatThrownBy(() -> LinearRelationProof.commitAndProve(p, new long[tooMany], new long[tooMany], 0,
                CONTEXT, randomness)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LinearRelationProof.commitAndProve(p, new long[2], new long[3], 0, CONTEXT,
                randomness)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LinearRelationProof.commitAndProve(p, new long[0], new long[0], 0, CONTEXT,
                randomness)).isInstanceOf(IllegalArgumentException.class);
    }
}
