package io.nexuszero.crypto.engine.packing;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The word-at-a-time packer and unpacker against a bit-by-bit reference of the layout (bit j of value i is bit
 * i·w + j of the output), for every width and for counts whose last values fall in the byte-by-byte tail.
 */
class BitPackerReferenceTest {

    private static byte[] referencePack(int[] values, int width) {
        byte[] out = new byte[BitPacker.packedLength(values.length, width)];
        for (int i = 0; i < values.length; i++) {
            for (int j = 0; j < width; j++) {
                long bit = (long) i * width + j;
                out[(int) (bit >>> 3)] |= (byte) (((values[i] >>> j) & 1) << (bit & 7));
            }
        }
        return out;
    }

    @Test
    void packAndUnpackMatchTheBitLevelLayout() throws DecodingException {
        SplittableRandom random = new SplittableRandom(11);
        for (int width = 1; width <= 31; width++) {
            for (int count : new int[] {1, 2, 3, 7, 8, 9, 31, 256, 257}) {
                int[] values = new int[count];
                for (int i = 0; i < count; i++) {
                    values[i] = (int) random.nextLong(1L << width);
                }
                byte[] packed = BitPacker.pack(values, width);
                assertThat(packed).as("w=%d count=%d", width, count).isEqualTo(referencePack(values, width));
                assertThat(BitPacker.unpack(packed, count, width)).isEqualTo(values);

                byte[] framed = new byte[packed.length + 5]; // at an offset, with bytes after it
                BitPacker.pack(values, width, framed, 2);
                assertThat(java.util.Arrays.copyOfRange(framed, 2, 2 + packed.length)).isEqualTo(packed);
                ByteReader reader = new ByteReader(framed);
                reader.readBytes(2, "prefix");
                assertThat(reader.readPacked(count, width, "values")).isEqualTo(values);
                assertThat(reader.remaining()).isEqualTo(3);
            }
        }
    }

    @Test
    void everyNonZeroPaddingBitIsRefused() {
        int[] values = {5, 1, 7}; // 3 × 3 bits: 9 bits in 2 bytes, 7 padding bits
        for (int bit = 1; bit < 8; bit++) {
            byte[] packed = BitPacker.pack(values, 3);
            packed[1] |= (byte) (1 << bit);
            assertThatThrownBy(() -> BitPacker.unpack(packed, 3, 3)).isInstanceOf(DecodingException.class)
                .hasMessageContaining("padding");
        }
    }
}
