package io.nexuszero.crypto.engine.proof;

import io.nexuszero.crypto.engine.packing.ByteReader;
import io.nexuszero.crypto.engine.packing.DecodingException;
import io.nexuszero.crypto.engine.proof.codec.ProofDecodeException;

import java.util.OptionalInt;
import java.util.function.IntUnaryOperator;

/**
 * The start of every commitment statement, {@code header ‖ value count (u16)}: read here for the full decoders and
 * for {@link StatementFields} alike, so the layout is parsed in one place.
 */
final class StatementPrefix {

    private StatementPrefix() {
    }

    /** Reads and checks the header, then the count, refusing counts outside [1, maxValues]. */
    static int readCount(ByteReader in, ProofType type, ProofParameters p, int maxValues) throws DecodingException {
        EncodingHeader.read(in, type.statementKind(), p);
        int count = in.readUint16BigEndian("value count");
        if (count < 1 || count > maxValues) {
            throw new ProofDecodeException(ProofDecodeException.MALFORMED, "value count out of range");
        }
        return count;
    }

    /**
     * The count, if the header reads cleanly, the count is in range and the statement has exactly the length that
     * count implies; {@code in} is then positioned after the count.
     */
    static OptionalInt consistentCount(ByteReader in, int statementLength, ProofType type, ProofParameters p,
                                       int maxValues, IntUnaryOperator lengthForCount) {
        try {
            int count = readCount(in, type, p, maxValues);
            return lengthForCount.applyAsInt(count) == statementLength ? OptionalInt.of(count) : OptionalInt.empty();
        } catch (DecodingException e) {
            return OptionalInt.empty();
        }
    }
}
