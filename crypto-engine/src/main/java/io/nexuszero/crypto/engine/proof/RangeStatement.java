package io.nexuszero.crypto.engine.proof;

import io.nexuszero.crypto.engine.packing.ByteReader;
import io.nexuszero.crypto.engine.packing.ByteWriter;
import io.nexuszero.crypto.engine.packing.DecodingException;
import io.nexuszero.crypto.engine.proof.codec.ProofDecodeException;
import io.nexuszero.crypto.engine.ring.PolyVec;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The range statement: the bounds and one BDLOP commitment to the bits of each chunk's values ({@link RangeChunks};
 * t1 and the first 64·L_j coefficients of t2, {@link RangeLayout}):
 * {@code header (kind 0x86) ‖ L (u16) ‖ shared (u8: 1 = one pair for all, 0 = one per value) ‖ (min, max) pairs
 * (16-byte two's complement each) ‖ per chunk: t1_j (κ polys) ‖ t2_j prefix (64·L_j values)}. With one chunk
 * (L ≤ 32 at the presets) this is the single-commitment statement.
 */
final class RangeStatement {

    static final ProofType TYPE = ProofType.RANGE;

    private RangeStatement() {
    }

    /** A decoded statement: L, the bounds, the chunks and each chunk's bit commitment. */
    record Decoded(int valueCount, RangeBounds bounds, RangeChunks chunks, List<CommitmentKey.Commitment> commitments) {

        Decoded {
            commitments = List.copyOf(commitments);
        }
    }

    /** A one-chunk statement (tests and callers with L ≤ one chunk). */
    static byte[] encode(ProofParameters p, int count, RangeBounds bounds, CommitmentKey.Commitment commitment) {
        return encode(p, count, bounds, List.of(commitment));
    }

    static byte[] encode(ProofParameters p, int count, RangeBounds bounds,
                         List<CommitmentKey.Commitment> commitments) {
        RangeChunks chunks = RangeChunks.of(p, count);
        if (commitments.size() != chunks.count()) {
            throw new IllegalArgumentException("need one commitment per chunk");
        }
        ByteWriter out = new ByteWriter(length(p, count, bounds.shared()));
        EncodingHeader.write(out, TYPE.statementKind(), p);
        out.writeUint16BigEndian(count);
        out.writeByte(bounds.shared() ? 1 : 0);
        for (int i = 0; i < bounds.min().size(); i++) {
            out.writeBytes(fixedWidth(bounds.min().get(i)));
            out.writeBytes(fixedWidth(bounds.max().get(i)));
        }
        for (int j = 0; j < chunks.count(); j++) {
            PolyCodec.writeModQ(out, commitments.get(j).t1(), p);
            PolyCodec.writeModQPrefix(out, commitments.get(j).t2(), chunks.layout(p, j).publishedPositions(), p);
        }
        return out.toByteArray();
    }

    static Decoded decode(ProofParameters p, byte[] statement) throws DecodingException {
        ByteReader in = new ByteReader(statement);
        int count = StatementPrefix.readCount(in, TYPE, p, RangeProof.MAX_VALUES);
        RangeBounds bounds = readBounds(in, count);
        RangeChunks chunks = chunks(p, count);
        List<CommitmentKey.Commitment> commitments = new ArrayList<>(chunks.count());
        for (RangeLayout layout : chunks.layouts(p)) {
            PolyVec t1 = PolyCodec.readModQ(in, p.rankK(), p);
            PolyVec t2 = PolyCodec.readModQPrefix(in, layout.bitPolys(), layout.publishedPositions(), p);
            commitments.add(new CommitmentKey.Commitment(t1, t2));
        }
        in.finish();
        return new Decoded(count, bounds, chunks, commitments);
    }

    /** The value count and bounds, if they read cleanly and the statement has exactly the length they imply. */
    static Optional<StatementFields> readFields(ProofParameters p, byte[] statement) {
        try {
            ByteReader in = new ByteReader(statement);
            int count = StatementPrefix.readCount(in, TYPE, p, RangeProof.MAX_VALUES);
            RangeBounds bounds = readBounds(in, count);
            chunks(p, count);
            return length(p, count, bounds.shared()) == statement.length
                    ? Optional.of(new StatementFields(count, Optional.empty(), Optional.of(bounds)))
                    : Optional.empty();
        } catch (DecodingException e) {
            return Optional.empty();
        }
    }

    /** The chunks of a decoded count; parameters that cannot prove one value cannot have a statement either. */
    private static RangeChunks chunks(ProofParameters p, int count) throws DecodingException {
        int perChunk = RangeChunks.chunkValues(p);
        if (perChunk < 1) {
            throw new ProofDecodeException(ProofDecodeException.MALFORMED, "these parameters prove no range");
        }
        return new RangeChunks(count, perChunk);
    }

    private static RangeBounds readBounds(ByteReader in, int count) throws DecodingException {
        int flag = in.readByte("bounds form");
        if (flag != 0 && flag != 1) {
            throw new ProofDecodeException(ProofDecodeException.MALFORMED, "bounds form must be 0 or 1");
        }
        int pairs = flag == 1 ? 1 : count;
        List<BigInteger> min = new ArrayList<>(pairs);
        List<BigInteger> max = new ArrayList<>(pairs);
        for (int i = 0; i < pairs; i++) {
            BigInteger low = new BigInteger(in.readBytes(RangeBounds.BOUND_BYTES, "bound"));
            BigInteger high = new BigInteger(in.readBytes(RangeBounds.BOUND_BYTES, "bound"));
            String problem = RangeBounds.problem(low, high);
            if (problem != null) {
                throw new ProofDecodeException(ProofDecodeException.MALFORMED, problem);
            }
            min.add(low);
            max.add(high);
        }
        return new RangeBounds(min, max, flag == 1);
    }

    /** A bound as 16-byte big-endian two's complement (|x| &lt; 2^127 is checked by {@link RangeBounds}). */
    private static byte[] fixedWidth(BigInteger x) {
        byte[] minimal = x.toByteArray();
        byte[] out = new byte[RangeBounds.BOUND_BYTES];
        Arrays.fill(out, 0, out.length - minimal.length, (byte) (x.signum() < 0 ? 0xff : 0));
        System.arraycopy(minimal, 0, out, out.length - minimal.length, minimal.length);
        return out;
    }

    /** Exact statement length for L values with one shared pair of bounds or one pair per value. */
    static int length(ProofParameters p, int count, boolean sharedBounds) {
        int pairs = sharedBounds ? 1 : count;
        int length = EncodingHeader.length(p) + 2 + 1 + 2 * RangeBounds.BOUND_BYTES * pairs;
        for (RangeLayout layout : RangeChunks.sizing(p, count).layouts(p)) {
            length += PolyCodec.modQLength(p, p.rankK()) + PolyCodec.modQPrefixLength(p, layout.publishedPositions());
        }
        return length;
    }
}
