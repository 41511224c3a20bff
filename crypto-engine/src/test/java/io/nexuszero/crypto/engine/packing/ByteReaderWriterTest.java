package io.nexuszero.crypto.engine.packing;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Big-endian fields (proof encodings) next to little-endian ones (keys, ciphertexts), and the strict reads. */
class ByteReaderWriterTest {

    @Test
    void fieldsRoundTripInTheirByteOrder() throws DecodingException {
        byte[] bytes = new ByteWriter(4).writeUint16BigEndian(0x1234).writeUint32BigEndian(0xF1E2D3C4L)
            .writeUint16(0x1234).writeInt32(0x0A0B0C0D).writePacked(new int[] {3, 0, 1}, 2).toByteArray();
        assertThat(bytes).containsExactly(0x12, 0x34, 0xF1, 0xE2, 0xD3, 0xC4, 0x34, 0x12, 0x0D, 0x0C, 0x0B, 0x0A,
            0b010011);
        ByteReader reader = new ByteReader(bytes);
        assertThat(reader.readUint16BigEndian("a")).isEqualTo(0x1234);
        assertThat(reader.readUint32BigEndian("b")).isEqualTo(0xF1E2D3C4L);
        assertThat(reader.readUint16("c")).isEqualTo(0x1234);
        assertThat(reader.readInt32("d")).isEqualTo(0x0A0B0C0D);
        assertThat(reader.readPacked(3, 2, "e")).containsExactly(3, 0, 1);
        reader.finish();
    }

    @Test
    void truncatedFieldsAndTrailingBytesAreRefused() throws DecodingException {
        assertThatThrownBy(() -> new ByteReader(new byte[3]).readUint32BigEndian("count"))
            .isInstanceOf(DecodingException.class).hasMessageContaining("truncated").hasMessageContaining("count");
        assertThatThrownBy(() -> new ByteReader(new byte[2]).readPacked(3, 7, "z"))
            .isInstanceOf(DecodingException.class).hasMessageContaining("truncated");
        ByteReader reader = new ByteReader(new byte[3]);
        reader.readUint16BigEndian("a");
        assertThatThrownBy(reader::finish).isInstanceOf(DecodingException.class).hasMessageContaining("trailing");
        assertThatThrownBy(() -> new ByteWriter().writeUint16BigEndian(65536))
            .isInstanceOf(IllegalArgumentException.class);
    }
}
