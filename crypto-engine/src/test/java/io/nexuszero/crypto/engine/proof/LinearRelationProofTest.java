package io.nexuszero.crypto.engine.proof;

import io.nexuszero.crypto.engine.sampling.Randomness;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LinearRelationProofTest {

    private static final byte[] CONTEXT = {3, 1, 4};

    /** Random values and coefficients with the constant chosen so that Σ a_i·m_i = b (mod q). */
    record Instance(long[] values, long[] coefficients, long constant) {
        static Instance random(ProofParameters p, int j, Random random) {
            long q = p.modulus();
            long[] values = new long[j];
            long[] coefficients = new long[j];
            long sum = 0;
            for (int i = 0; i < j; i++) {
                values[i] = random.nextInt(p.modulus()) - (q - 1) / 2;
                coefficients[i] = random.nextBoolean() ? random.nextInt(7) - 3 : random.nextLong();
                sum = Math.floorMod(sum + Math.floorMod(coefficients[i], q) * Math.floorMod(values[i], q), q);
            }
            return new Instance(values, coefficients, random.nextBoolean() ? sum : sum - q);
        }
    }

    @Test
    void honestRelationProofsVerify() {
        Randomness randomness = Randomness.deterministic(new byte[] {30});
        Random random = new Random(30);
        for (ProofParameters p : TestParameters.all()) {
            int maxJ = 1;
            while (maxJ < 4 && p.expectedAttempts((long) (maxJ + 1) * (p.rankK() + 1 + p.rankL())) < 40) {
                maxJ++;
            }
            int rounds = p == TestParameters.SMALL ? 400 : 12;
            for (int round = 0; round < rounds; round++) {
                int j = 1 + round % maxJ;
                Instance instance = Instance.random(p, j, random);
                ProofResult result = LinearRelationProof.commitAndProve(p, instance.values(),
                        instance.coefficients(), instance.constant(), CONTEXT, randomness);
                assertThat(result.proof()).hasSize(LinearRelationProof.proofLength(p, j));
                assertThat(result.statement()).hasSize(LinearRelationProof.statementLength(p, j));
                assertThat(LinearRelationProof.verify(p, result.statement(), CONTEXT, result.proof()))
                        .as("%s j=%d", p.id(), j).isEqualTo(new VerificationResult(true, "ok"));
            }
        }
    }

    @Test
    void sumOfTwoCommittedValuesEqualsAThird() {
        ProofParameters p = TestParameters.DILITHIUM_LIKE;
        Randomness randomness = Randomness.deterministic(new byte[] {31});
        ProofResult result = LinearRelationProof.commitAndProve(p, new long[] {1200, 34, 1234},
                new long[] {1, 1, -1}, 0, CONTEXT, randomness);
        assertThat(LinearRelationProof.verify(p, result.statement(), CONTEXT, result.proof()).valid()).isTrue();
        assertThatThrownBy(() -> LinearRelationProof.commitAndProve(p, new long[] {1200, 34, 1235},
                new long[] {1, 1, -1}, 0, CONTEXT, randomness))
                .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("1235");
    }

    @Test
    void changingTheRelationACommitmentOrTheContextIsRejected() throws Exception {
        ProofParameters p = TestParameters.SMALL;
        Randomness randomness = Randomness.deterministic(new byte[] {32});
        ProofResult result = LinearRelationProof.commitAndProve(p, new long[] {10, 20, 30},
                new long[] {1, 1, -1}, 0, CONTEXT, randomness);
        LinearRelationProof.Statement s = LinearRelationProof.decodeStatement(p, result.statement());

        LinearRelationProof.Relation shiftedB = new LinearRelationProof.Relation(s.relation().coefficients(), 1);
        byte[] wrongB = LinearRelationProof.encodeStatement(p, shiftedB, s.commitments());
        assertThat(LinearRelationProof.verify(p, wrongB, CONTEXT, result.proof()).reason())
                .isEqualTo("challenge_mismatch");

        LinearRelationProof.Relation otherA = new LinearRelationProof.Relation(new int[] {1, 2, p.modulus() - 1}, 0);
        byte[] wrongA = LinearRelationProof.encodeStatement(p, otherA, s.commitments());
        assertThat(LinearRelationProof.verify(p, wrongA, CONTEXT, result.proof()).reason())
                .isEqualTo("challenge_mismatch");

        ProofResult other = LinearRelationProof.commitAndProve(p, new long[] {10, 20, 30},
                new long[] {1, 1, -1}, 0, CONTEXT, randomness);
        CommitmentKey.Commitment[] swapped = s.commitments().clone();
        swapped[2] = LinearRelationProof.decodeStatement(p, other.statement()).commitments()[2];
        byte[] wrongCommitment = LinearRelationProof.encodeStatement(p, s.relation(), swapped);
        assertThat(LinearRelationProof.verify(p, wrongCommitment, CONTEXT, result.proof()).reason())
                .isEqualTo("challenge_mismatch");

        assertThat(LinearRelationProof.verify(p, result.statement(), new byte[] {3, 1}, result.proof()).reason())
                .isEqualTo("challenge_mismatch");
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

    @Test
    void tooManyValuesOrMismatchedCountsAreRefused() {
        ProofParameters p = TestParameters.SMALL;
        Randomness randomness = Randomness.deterministic(new byte[] {34});
        int tooMany = LinearRelationProof.maxValues(p) + 1;
        assertThatThrownBy(() -> LinearRelationProof.commitAndProve(p, new long[tooMany], new long[tooMany], 0,
                CONTEXT, randomness)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LinearRelationProof.commitAndProve(p, new long[2], new long[3], 0, CONTEXT,
                randomness)).isInstanceOf(IllegalArgumentException.class);
    }
}
