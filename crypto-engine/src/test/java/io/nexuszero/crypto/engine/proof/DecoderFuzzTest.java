package io.nexuszero.crypto.engine.proof;

import io.nexuszero.crypto.engine.proof.codec.ProofDecodeException;
import io.nexuszero.crypto.engine.sampling.Randomness;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random and mutated byte strings fed to every verifier (as proof and as statement) never verify, never throw, and
 * are refused with a documented reason; strings without a valid header are refused by the decoder itself.
 */
class DecoderFuzzTest {

    private static final ProofParameters P = TestParameters.SMALL;
    private static final byte[] CONTEXT = {1};
    private static final Set<String> DECODE_ERRORS = Set.of(ProofDecodeException.MALFORMED,
            ProofDecodeException.WRONG_PARAMETER_SET, ProofDecodeException.NORM_EXCEEDED,
            ProofDecodeException.UNSUPPORTED_FORMAT);

    /** One verifier under test with a valid (statement, proof) pair. */
    private record Target(String name, byte[] statement, byte[] proof, Verifier verifier) {
    }

    private interface Verifier {
        VerificationResult verify(byte[] statement, byte[] proof);
    }

    private static List<Target> targets() {
        Randomness randomness = Randomness.deterministic(new byte[] {40});
        TestParameters.Key key = TestParameters.keyPair(P, randomness);
        ProofResult lwe = LweSecretProof.prove(P, key.rho(), key.t(), key.s1(), key.s2(), CONTEXT, randomness);
        ProofResult opening = CommitmentOpeningProof.commitAndProve(P, new long[] {1, 2, 300}, CONTEXT, randomness);
        ProofResult relation = LinearRelationProof.commitAndProve(P, new long[] {2, 3}, new long[] {3, -2}, 0,
                CONTEXT, randomness);
        ProofResult range = RangeProof.commitAndProve(P, new java.math.BigInteger[] {java.math.BigInteger.TWO,
                java.math.BigInteger.valueOf(-5)}, RangeBounds.perValue(
                        List.of(java.math.BigInteger.ZERO, java.math.BigInteger.valueOf(-9)),
                        List.of(java.math.BigInteger.TEN, java.math.BigInteger.ONE.shiftLeft(63))), CONTEXT, randomness);
        // two values more than a chunk holds: a full chunk and a short one
        java.math.BigInteger[] twoChunks = new java.math.BigInteger[RangeProof.chunkValues(P) + 2];
        Arrays.fill(twoChunks, java.math.BigInteger.valueOf(3));
        ProofResult chunked = RangeProof.commitAndProve(P, twoChunks, RangeBounds.shared(java.math.BigInteger.ZERO,
                java.math.BigInteger.valueOf(7)), CONTEXT, randomness);
        return List.of(
                new Target("lwe-secret", lwe.statement(), lwe.proof(),
                        (s, p) -> LweSecretProof.verify(P, key.rho(), key.t(), CONTEXT, p)),
                new Target("commitment-opening", opening.statement(), opening.proof(),
                        (s, p) -> CommitmentOpeningProof.verify(P, s, CONTEXT, p)),
                new Target("linear-relation", relation.statement(), relation.proof(),
                        (s, p) -> LinearRelationProof.verify(P, s, CONTEXT, p)),
                new Target("range", range.statement(), range.proof(),
                        (s, p) -> RangeProof.verify(P, s, CONTEXT, p)),
                new Target("range in two chunks", chunked.statement(), chunked.proof(),
                        (s, p) -> RangeProof.verify(P, s, CONTEXT, p)));
    }

    @Test
    void randomByteStringsAreDecodeErrors() {
        Random random = new Random(41);
        for (Target target : targets()) {
            assertThat(target.verifier().verify(target.statement(), target.proof()).valid()).isTrue();
            for (int i = 0; i < 600; i++) {
                byte[] junk = new byte[random.nextInt(2 * target.proof().length)];
                random.nextBytes(junk);
                if (i % 3 == 0 && junk.length > 2) { // give some strings a plausible magic
                    junk[0] = 'N';
                    junk[1] = 'Z';
                }
                assertDecodeError(target.verifier().verify(target.statement(), junk), target.name());
                if (!target.name().equals("lwe-secret")) {
                    assertDecodeError(target.verifier().verify(junk, target.proof()), target.name());
                }
            }
        }
    }

    @Test
    void mutatedEncodingsNeverVerify() {
        Random random = new Random(42);
        for (Target target : targets()) {
            for (int i = 0; i < 800; i++) {
                boolean mutateStatement = !target.name().equals("lwe-secret") && random.nextBoolean();
                byte[] original = mutateStatement ? target.statement() : target.proof();
                byte[] mutated = mutate(original, random);
                if (Arrays.equals(mutated, original)) {
                    continue;
                }
                VerificationResult r = mutateStatement
                        ? target.verifier().verify(mutated, target.proof())
                        : target.verifier().verify(target.statement(), mutated);
                assertThat(r.valid()).as("%s mutation %d", target.name(), i).isFalse();
                assertThat(r.reason()).isIn("malformed", "wrong_parameter_set", "norm_exceeded", "unsupported_format",
                        "challenge_mismatch");
            }
        }
    }

    @Test
    void eachStructuralDefectHasItsDocumentedReason() {
        Target lwe = targets().get(0);
        byte[] proof = lwe.proof();
        int responsesStart = EncodingHeader.length(P) + Transcript.DIGEST_BYTES;

        assertThat(reason(lwe, Arrays.copyOf(proof, proof.length + 1))).isEqualTo("malformed"); // trailing byte
        assertThat(reason(lwe, Arrays.copyOf(proof, proof.length - 1))).isEqualTo("malformed"); // truncated
        assertThat(reason(lwe, new byte[0])).isEqualTo("malformed");
        assertThat(reason(lwe, withByte(proof, 0, 'X'))).isEqualTo("malformed"); // magic
        assertThat(reason(lwe, withByte(proof, 2, 2))).isEqualTo("malformed"); // version
        assertThat(reason(lwe, withByte(proof, 3, ProofType.COMMITMENT_OPENING.proofKind()))).isEqualTo("malformed");
        assertThat(reason(lwe, withByte(proof, 5, 'x'))).isEqualTo("wrong_parameter_set"); // id "custom" → "xustom"
        assertThat(reason(lwe, withByte(proof, EncodingHeader.length(P) - 1, proof[EncodingHeader.length(P) - 1] ^ 1)))
                .isEqualTo("wrong_parameter_set"); // fingerprint
        byte[] outOfRange = proof.clone();
        outOfRange[responsesStart] = (byte) 0xFF; // first packed response value becomes 2^bits − 1 > 2B
        outOfRange[responsesStart + 1] = (byte) 0xFF;
        assertThat(reason(lwe, outOfRange)).isEqualTo("norm_exceeded");

        Target opening = targets().get(1);
        byte[] statement = opening.statement();
        int t1Start = EncodingHeader.length(P) + 2;
        byte[] notReduced = statement.clone(); // first t1 value := 2^14 − 1 ≥ q = 12289
        notReduced[t1Start] = (byte) 0xFF;
        notReduced[t1Start + 1] = (byte) (notReduced[t1Start + 1] | 0x3F);
        assertThat(opening.verifier().verify(notReduced, opening.proof()).reason()).isEqualTo("malformed");
        byte[] zeroCount = withByte(withByte(statement, EncodingHeader.length(P), 0), EncodingHeader.length(P) + 1, 0);
        assertThat(opening.verifier().verify(zeroCount, opening.proof()).reason()).isEqualTo("malformed");
        byte[] otherCount = withByte(statement, EncodingHeader.length(P) + 1, 4); // L = 4: one t2 value more
        assertThat(opening.verifier().verify(otherCount, opening.proof()).reason()).isEqualTo("malformed");
        byte[] otherValue = statement.clone(); // the last committed t2 value (t2 is not used by the opening check)
        otherValue[statement.length - 2] ^= 1;
        assertThat(opening.verifier().verify(otherValue, opening.proof()).reason()).isEqualTo("challenge_mismatch");
        byte[] longerCount = withByte(statement, EncodingHeader.length(P), 1); // L = 259: ℓ = 2, lengths differ
        assertThat(opening.verifier().verify(longerCount, opening.proof()).reason()).isEqualTo("malformed");
    }

    @Test
    void rangeBoundsDefectsAreMalformed() {
        Target range = targets().get(3);
        byte[] statement = range.statement();
        int flag = EncodingHeader.length(P) + 2;
        assertThat(range.verifier().verify(withByte(statement, flag, 2), range.proof()).reason())
                .isEqualTo("malformed"); // neither shared nor per value
        assertThat(range.verifier().verify(withByte(statement, flag, 1), range.proof()).reason())
                .isEqualTo("malformed"); // "shared" with two pairs: the length no longer fits
        int firstMax = flag + 1 + RangeBounds.BOUND_BYTES;
        assertThat(range.verifier().verify(withByte(statement, firstMax, 0xFF), range.proof()).reason())
                .isEqualTo("malformed"); // max = 10 − 2^127·… < min
        int secondMax = flag + 1 + 3 * RangeBounds.BOUND_BYTES;
        assertThat(range.verifier().verify(withByte(statement, secondMax + 7, 0x01), range.proof()).reason())
                .isEqualTo("malformed"); // max − min ≥ 2^64
        assertThat(RangeProof.readFields(P, withByte(statement, flag, 2))).isEmpty();
    }

    @Test
    void statementsHaveExactlyOneEncoding() throws Exception {
        Target opening = targets().get(1);
        CommitmentOpeningProof.Statement s = CommitmentOpeningProof.decodeStatement(P, opening.statement());
        assertThat(CommitmentOpeningProof.encodeStatement(P, s.valueCount(), s.commitment()))
                .isEqualTo(opening.statement());
        Target relation = targets().get(2);
        LinearRelationStatement.Decoded r = LinearRelationStatement.decode(P, relation.statement());
        assertThat(LinearRelationStatement.encode(P, r.relation(), r.commitment())).isEqualTo(relation.statement());
        LinearRelationEncoding.Proof proof = LinearRelationEncoding.decode(P, r.valueCount(), relation.proof());
        assertThat(LinearRelationEncoding.encode(P, r.valueCount(), proof)).isEqualTo(relation.proof());
        for (Target range : targets().subList(3, 5)) {
            RangeStatement.Decoded d = RangeStatement.decode(P, range.statement());
            assertThat(RangeStatement.encode(P, d.valueCount(), d.bounds(), d.commitments()))
                    .isEqualTo(range.statement());
            var layouts = d.chunks().layouts(P);
            assertThat(RangeEncoding.encode(P, layouts, RangeEncoding.decode(P, layouts, range.proof())))
                    .isEqualTo(range.proof());
        }
    }

    private static String reason(Target target, byte[] proof) {
        return target.verifier().verify(target.statement(), proof).reason();
    }

    private static byte[] withByte(byte[] data, int index, int value) {
        byte[] copy = data.clone();
        copy[index] = (byte) value;
        return copy;
    }

    private static void assertDecodeError(VerificationResult r, String name) {
        assertThat(r.valid()).as(name).isFalse();
        assertThat(r.reason()).as(name).isIn(DECODE_ERRORS);
    }

    /** 1–4 random edits: byte changes, truncation, extension, insertion or deletion. */
    private static byte[] mutate(byte[] original, Random random) {
        byte[] data = original.clone();
        int edits = 1 + random.nextInt(4);
        for (int e = 0; e < edits && data.length > 0; e++) {
            int position = random.nextInt(data.length);
            switch (random.nextInt(5)) {
                case 0 -> data[position] = (byte) random.nextInt(256);
                case 1 -> data = Arrays.copyOf(data, position);
                case 2 -> {
                    byte[] longer = Arrays.copyOf(data, data.length + 1 + random.nextInt(8));
                    longer[longer.length - 1] = (byte) random.nextInt(256);
                    data = longer;
                }
                case 3 -> {
                    byte[] inserted = new byte[data.length + 1];
                    System.arraycopy(data, 0, inserted, 0, position);
                    inserted[position] = (byte) random.nextInt(256);
                    System.arraycopy(data, position, inserted, position + 1, data.length - position);
                    data = inserted;
                }
                default -> {
                    byte[] removed = new byte[data.length - 1];
                    System.arraycopy(data, 0, removed, 0, position);
                    System.arraycopy(data, position + 1, removed, position, data.length - position - 1);
                    data = removed;
                }
            }
        }
        return data;
    }
}
