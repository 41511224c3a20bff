package io.nexuszero.crypto.api;

/** Input limits of the HTTP API: each one bounds the work a single request can cause. */
public final class ApiLimits {

    /** Largest context (message or nonce) bound into a proof, in bytes. */
    public static final int MAX_CONTEXT_BYTES = 1024;
    /** Largest witness vector L of a commitment proof. */
    public static final int MAX_WITNESS_LENGTH = 4096;
    /** Most witness lengths one evaluate request may ask sizes for. */
    public static final int MAX_WITNESS_LENGTHS = 16;
    /** Most items in one verify-batch request. */
    public static final int MAX_BATCH_ITEMS = 256;
    /** Most candidates in one evaluate request. */
    public static final int MAX_CANDIDATES = 500;
    /** Most iterations of one benchmark. */
    public static final int MAX_ITERATIONS = 2000;
    /** Iterations of a benchmark when the request names none. */
    public static final int DEFAULT_ITERATIONS = 50;
    /** Largest plaintext of kem-key encryption (HPKE with ML-KEM), in bytes: 64 KiB. */
    public static final int MAX_PLAINTEXT_BYTES = 65_536;
    /** Largest additional authenticated data of kem-key encryption, in bytes. */
    public static final int MAX_AAD_BYTES = 65_536;
    /** Largest HPKE info string, in bytes. */
    public static final int MAX_INFO_BYTES = 1024;
    /** Largest message to sign or verify, in bytes: 64 KiB. */
    public static final int MAX_MESSAGE_BYTES = 65_536;
    /** Largest ML-DSA context string (FIPS 204: 255 bytes). */
    public static final int MAX_SIGNATURE_CONTEXT_BYTES = 255;
    /**
     * Longest base64url string accepted for any binary field: 64 Mi characters, above the largest proof (a range
     * proof over 4096 values at nz-256 is 48 M characters). The body limits bound every field first: 1 MiB by
     * default, 64 MiB on the proof-verification routes (largeBodyRoutes).
     */
    public static final int MAX_BASE64_CHARS = 1 << 26;

    private ApiLimits() {
    }
}
