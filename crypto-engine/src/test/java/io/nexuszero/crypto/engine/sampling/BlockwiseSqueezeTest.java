package io.nexuszero.crypto.engine.sampling;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The block-wise reads (whole SHAKE blocks parsed in place) must yield exactly the stream that byte-by-byte reads
 * give: checked against a reference that reads one byte per call, for every candidate size (1 to 4 bytes).
 */
class BlockwiseSqueezeTest {

    private static final byte[] SEED = {1, 2, 3, 4, 5, 6, 7, 8};

    /** RejectionUniform as specified: one candidate at a time, one byte per XOF call. */
    private static int[] referenceRejectUniform(int q, int n, Xof xof) {
        return referenceRejectUniform(q, n, (ByteSource) xof::nextByte);
    }

    private static int[] referenceRejectUniform(int q, int n, ByteSource xof) {
        int bits = 32 - Integer.numberOfLeadingZeros(q - 1);
        int bytes = (bits + 7) / 8;
        int mask = (int) ((1L << bits) - 1);
        int[] out = new int[n];
        int filled = 0;
        while (filled < n) {
            int candidate = 0;
            for (int b = 0; b < bytes; b++) {
                candidate |= xof.nextByte() << (8 * b);
            }
            candidate &= mask;
            if (candidate < q) {
                out[filled++] = candidate;
            }
        }
        return out;
    }

    @ParameterizedTest(name = "q={0}")
    // 1-, 2-, 3- and 4-byte candidates; 257 and 2^30 + 2^13 + 1, just above a power of two, reject half of them
    @ValueSource(ints = {193, 257, 7681, 12289, 40961, 8380417, 1073750017, 2147377153})
    void rejectUniformEqualsCandidateByCandidateReads(int q) {
        for (int n : new int[] {256, 1024, 4096}) {
            byte[] tag = {(byte) n, (byte) (n >>> 8)};
            int[] blockwise = UniformSampler.rejectUniform(q, n, Xof.shake128(SEED, tag));
            int[] reference = referenceRejectUniform(q, n, Xof.shake128(SEED, tag));
            assertThat(blockwise).as("n=%d", n).isEqualTo(reference);
            assertThat(Arrays.stream(blockwise).allMatch(v -> v >= 0 && v < q)).isTrue();
        }
    }

    @Test
    void refillsBeyondTheFirstSqueezeKeepTheStream() {
        // q = 257 takes 9-bit candidates from 2 bytes and accepts about half: the first squeeze (sized for the
        // expected count) is short for a good fraction of seeds, which then read further blocks one at a time
        int q = 257;
        int n = 4096;
        int firstSqueezeBytes = (int) Math.ceil(n * 2 / (q / 512.0) / Xof.SHAKE128_RATE) * Xof.SHAKE128_RATE;
        int refills = 0;
        for (int seed = 0; seed < 32; seed++) {
            byte[] tag = {(byte) seed};
            CountingXof counting = new CountingXof(Xof.shake128(SEED, tag));
            int[] reference = referenceRejectUniform(q, n, counting);
            assertThat(UniformSampler.rejectUniform(q, n, Xof.shake128(SEED, tag))).isEqualTo(reference);
            if (counting.consumed > firstSqueezeBytes) {
                refills++;
            }
        }
        assertThat(refills).as("seeds whose output needed more than the first squeeze").isPositive();
    }

    /** Counts the bytes the reference reads, to know which seeds went past the first squeeze. */
    private static final class CountingXof implements ByteSource {
        private final Xof xof;
        private int consumed;

        CountingXof(Xof xof) {
            this.xof = xof;
        }

        @Override
        public int nextByte() {
            consumed++;
            return xof.nextByte();
        }
    }

    private interface ByteSource {
        int nextByte();
    }

    @ParameterizedTest(name = "after {0} single bytes")
    @ValueSource(ints = {0, 1, 135, 136, 137, 300})
    void bulkReadsContinueTheByteStream(int singleBytes) {
        Xof reference = Xof.shake256(SEED);
        byte[] expected = new byte[singleBytes + 1000];
        for (int i = 0; i < expected.length; i++) {
            expected[i] = (byte) reference.nextByte();
        }
        Xof mixed = Xof.shake256(SEED);
        byte[] actual = new byte[expected.length];
        for (int i = 0; i < singleBytes; i++) {
            actual[i] = (byte) mixed.nextByte();
        }
        mixed.nextBytes(actual, singleBytes, 500); // straddles buffered and fresh blocks
        actual[singleBytes + 500] = (byte) mixed.nextByte();
        mixed.nextBytes(actual, singleBytes + 501, 499);
        assertThat(actual).isEqualTo(expected);
    }
}
