package io.nexuszero.crypto.core.keys;

import java.util.Arrays;

/** The secret every key derives from. Its bytes never leave this package and never show in toString. */
public final class MasterSecret {

    /** Shortest accepted master secret: 256 bits. */
    public static final int MIN_BYTES = 32;

    private final byte[] bytes;
    private final String source;

    /**
     * @param source where the secret came from ("NEXUSZERO_MASTER_SECRET", a file path, ...), for log lines
     */
    public MasterSecret(byte[] bytes, String source) {
        if (bytes.length < MIN_BYTES) {
            throw new IllegalArgumentException("master secret must be at least " + MIN_BYTES + " bytes");
        }
        this.bytes = bytes.clone();
        this.source = source;
    }

    byte[] bytes() {
        return bytes;
    }

    public String source() {
        return source;
    }

    /** Zeroes the copy held here (on shutdown). */
    public void destroy() {
        Arrays.fill(bytes, (byte) 0);
    }

    @Override
    public String toString() {
        return "MasterSecret[from " + source + "]";
    }
}
