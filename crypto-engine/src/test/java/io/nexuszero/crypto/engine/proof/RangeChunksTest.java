package io.nexuszero.crypto.engine.proof;

import io.nexuszero.crypto.engine.params.Presets;
import io.nexuszero.crypto.engine.sampling.Randomness;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Range statements longer than one chunk (docs/CRYPTO.md, section 4, "Many values"): the split, proofs across chunk
 * boundaries with the bounds themselves, and what a cheater can do with chunks — move them around, drop one, or hide
 * a bad bit in a later chunk behind honest earlier ones.
 */
class RangeChunksTest {

    private static final ProofParameters P = ProofParameters.of(Presets.NZ_128);
    private static final byte[] CONTEXT = {9, 9};
    private static final BigInteger MAX_U64 = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);
    private static final RangeBounds SIXTY_FOUR_BITS = RangeBounds.shared(BigInteger.ZERO, MAX_U64);
    /** Values a chunk holds at the presets (32). */
    private static final int C = RangeChunks.MAX_CHUNK_VALUES;

    @Test
    void valuesSplitIntoChunksOfThirtyTwoAtThePresets() {
        for (var set : Presets.all()) {
            assertThat(RangeProof.chunkValues(ProofParameters.of(set))).isEqualTo(RangeChunks.MAX_CHUNK_VALUES);
            assertThat(RangeProof.maxValues(ProofParameters.of(set))).isEqualTo(RangeProof.MAX_VALUES);
        }
        assertThat(C).isEqualTo(32);
        RangeChunks seventeen = RangeChunks.of(P, C + 1);
        assertThat(seventeen.count()).isEqualTo(2);
        assertThat(seventeen.size(0)).isEqualTo(C);
        assertThat(seventeen.first(1)).isEqualTo(C);
        assertThat(seventeen.size(1)).isEqualTo(1);
        assertThat(RangeChunks.of(P, C).count()).isEqualTo(1);
        assertThat(RangeChunks.of(P, 4096).count()).isEqualTo(128);
        List<BigInteger> min = new ArrayList<>();
        List<BigInteger> max = new ArrayList<>();
        for (int i = 0; i <= C; i++) {
            min.add(BigInteger.valueOf(i));
            max.add(BigInteger.valueOf(100 + i));
        }
        RangeBounds second = seventeen.bounds(RangeBounds.perValue(min, max), 1);
        assertThat(second.min()).containsExactly(BigInteger.valueOf(C));
        assertThat(second.max()).containsExactly(BigInteger.valueOf(100 + C));
        assertThat(seventeen.bounds(SIXTY_FOUR_BITS, 1)).isSameAs(SIXTY_FOUR_BITS);
    }

    @Test
    void expectedAttemptsAddUpOverChunksAndOneAttemptMasksOneChunk() {
        double one = RangeProof.expectedAttempts(P, C);
        assertThat(RangeProof.expectedAttempts(P, 4096)).isCloseTo(4096 / C * one,
                org.assertj.core.data.Offset.offset(1e-6));
        assertThat(RangeProof.expectedAttempts(P, C + 1))
                .isCloseTo(one + RangeProof.expectedAttempts(P, 1), org.assertj.core.data.Offset.offset(1e-9));
        assertThat(RangeProof.maskedPolynomials(P, 4096)).isEqualTo(RangeProof.maskedPolynomials(P, C));
        assertThat(ProofAttempts.expected(P, ProofType.RANGE, 4096)).isEqualTo(RangeProof.expectedAttempts(P, 4096));
    }

    @Test
    void proofsAcrossChunkBoundariesVerifyWithTheBoundsThemselves() {
        Randomness randomness = Randomness.deterministic(new byte[] {61});
        // 72 values in 3 chunks (32, 32, 8), each value at its own min or max, per-value bounds of varied width
        int count = 2 * C + 8;
        BigInteger[] values = new BigInteger[count];
        List<BigInteger> min = new ArrayList<>();
        List<BigInteger> max = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            BigInteger low = BigInteger.valueOf(-1000L * i);
            BigInteger high = low.add(BigInteger.ONE.shiftLeft(i % 64 + 1)).subtract(BigInteger.ONE);
            min.add(low);
            max.add(high);
            values[i] = i % 2 == 0 ? low : high;
        }
        RangeBounds bounds = RangeBounds.perValue(min, max);
        ProofResult result = RangeProof.commitAndProve(P, values, bounds, CONTEXT, randomness);
        assertThat(result.proof()).hasSize(RangeProof.proofLength(P, count));
        assertThat(result.statement()).hasSize(RangeStatement.length(P, count, false));
        assertThat(RangeProof.verify(P, result.statement(), CONTEXT, result.proof())).isEqualTo(VerificationResult.ok());
        assertThat(result.attempts()).isGreaterThanOrEqualTo(3);

        BigInteger[] shared = new BigInteger[C + 1];
        Arrays.fill(shared, MAX_U64);
        shared[C] = BigInteger.ZERO;
        ProofResult sharedResult = RangeProof.commitAndProve(P, shared, SIXTY_FOUR_BITS, CONTEXT, randomness);
        assertThat(RangeProof.verify(P, sharedResult.statement(), CONTEXT, sharedResult.proof()).valid()).isTrue();

        BigInteger[] outside = values.clone();
        outside[C + 5] = max.get(C + 5).add(BigInteger.ONE);
        assertThatThrownBy(() -> RangeProof.commitAndProve(P, outside, bounds, CONTEXT, randomness))
                .isInstanceOf(RangeProof.ValueOutOfRangeException.class)
                .hasMessage("value " + (C + 5) + " is outside its bounds");
    }

    @Test
    void movedOrMissingChunksAreRejected() throws Exception {
        Randomness randomness = Randomness.deterministic(new byte[] {62});
        BigInteger[] values = new BigInteger[2 * C];
        for (int i = 0; i < values.length; i++) {
            values[i] = BigInteger.valueOf(1000 + i);
        }
        ProofResult result = RangeProof.commitAndProve(P, values, SIXTY_FOUR_BITS, CONTEXT, randomness);
        int header = EncodingHeader.length(P);
        int body = RangeEncoding.chunkLength(P, RangeLayout.of(P, C));
        assertThat(result.proof()).hasSize(header + 2 * body);

        byte[] swapped = result.proof().clone();
        System.arraycopy(result.proof(), header, swapped, header + body, body);
        System.arraycopy(result.proof(), header + body, swapped, header, body);
        assertThat(RangeProof.verify(P, result.statement(), CONTEXT, swapped))
                .isEqualTo(VerificationResult.rejected(VerificationResult.CHALLENGE_MISMATCH));

        byte[] duplicated = result.proof().clone();
        System.arraycopy(result.proof(), header, duplicated, header + body, body);
        assertThat(RangeProof.verify(P, result.statement(), CONTEXT, duplicated).valid()).isFalse();

        byte[] missing = Arrays.copyOf(result.proof(), header + body);
        assertThat(RangeProof.verify(P, result.statement(), CONTEXT, missing).valid()).isFalse();

        // the statement's chunk commitments in the other order: μ changes, so neither body fits any more
        RangeStatement.Decoded decoded = RangeStatement.decode(P, result.statement());
        List<CommitmentKey.Commitment> reordered = List.of(decoded.commitments().get(1), decoded.commitments().get(0));
        byte[] reorderedStatement = RangeStatement.encode(P, 2 * C, SIXTY_FOUR_BITS, reordered);
        assertThat(RangeProof.verify(P, reorderedStatement, CONTEXT, swapped).valid()).isFalse();
        assertThat(RangeProof.verify(P, reorderedStatement, CONTEXT, result.proof()).valid()).isFalse();
    }

    @Test
    void aBadBitInALaterChunkIsRejectedBehindHonestChunks() {
        for (ProofParameters p : new ProofParameters[] {TestParameters.SMALL, P}) {
            assertThat(proveWithSecondChunkBit(p, 1)).as("control: bit 1").isEqualTo(VerificationResult.ok());
            assertThat(proveWithSecondChunkBit(p, 2)).as(p.id())
                    .isEqualTo(VerificationResult.rejected(VerificationResult.CHALLENGE_MISMATCH));
        }
    }

    /**
     * One value more than a chunk holds, in [5, 6]: chunk 0 holds honest values, chunk 1 one value with the given "bit" (2 makes value 7),
     * committed and opened honestly through the real prover with its constant coefficients forced to 0, as the
     * single-chunk soundness test does.
     */
    private static VerificationResult proveWithSecondChunkBit(ProofParameters p, int bit) {
        Randomness randomness = Randomness.deterministic(new byte[] {63});
        RangeBounds bounds = RangeBounds.shared(BigInteger.valueOf(5), BigInteger.valueOf(6));
        int count = RangeProof.chunkValues(p) + 1;
        RangeChunks chunks = RangeChunks.of(p, count);
        assertThat(chunks.count()).isEqualTo(2);
        int[] honest = new int[RangeLayout.SLOTS_PER_VALUE * chunks.size(0)];
        for (int i = 0; i < chunks.size(0); i++) {
            honest[RangeLayout.SLOTS_PER_VALUE * i] = i % 2;
        }
        int[] bad = new int[RangeLayout.SLOTS_PER_VALUE];
        bad[0] = bit;
        try (RangeProver first = RangeProver.commitChunk(p, bounds, chunks.size(0), honest, randomness);
             RangeProver second = RangeProver.commitChunk(p, bounds, 1, bad, randomness)) {
            byte[] statement = RangeStatement.encode(p, count, bounds, List.of(first.commitment(), second.commitment()));
            byte[] mu = Transcript.statementDigest(ProofType.RANGE, p, statement, CONTEXT);
            List<RangeEncoding.Proof> bodies = new ArrayList<>();
            RangeProver[] provers = {first, second};
            for (int j = 0; j < provers.length; j++) {
                provers[j].bind(statement, RangeChunks.transcriptStart(mu, j));
                provers[j].commitGarbage(randomness);
                RangeProver.Rows rows = provers[j].commitProducts(provers[j].honestProducts());
                bodies.add(provers[j].openChunk(j == 1 ? RangeSoundnessTest.forcedThrough(rows) : rows, randomness, null).proof());
            }
            byte[] proof = RangeEncoding.encode(p, chunks.layouts(p), bodies);
            return RangeProof.verify(p, statement, CONTEXT, proof);
        }
    }
}
