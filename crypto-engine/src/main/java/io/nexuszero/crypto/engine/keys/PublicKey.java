package io.nexuszero.crypto.engine.keys;

import io.nexuszero.crypto.engine.packing.ByteReader;
import io.nexuszero.crypto.engine.packing.ByteWriter;
import io.nexuszero.crypto.engine.packing.DecodingException;
import io.nexuszero.crypto.engine.packing.PolyPacking;
import io.nexuszero.crypto.engine.params.LatticeParameters;
import io.nexuszero.crypto.engine.ring.PolyMatrix;
import io.nexuszero.crypto.engine.ring.PolyVec;
import io.nexuszero.crypto.engine.sampling.UniformSampler;
import org.bouncycastle.crypto.digests.SHAKEDigest;

import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A Module-LWE public key: the 32-byte seed ρ of the k × l matrix A and t = A·s1 + s2 ∈ R_q^k (coefficient domain).
 * Canonical encoding: ρ ‖ t_0 ‖ … ‖ t_{k−1}, each t_i with the full bits(q−1)-bit packing
 * ({@link PolyPacking#packFull}); 32 + k·n·bits(q−1)/8 bytes. Immutable; A and NTT(t) are expanded once, lazily.
 */
public final class PublicKey {

    private final LatticeParameters parameters;
    private final byte[] rho;
    private final PolyVec t;
    private volatile PolyMatrix matrix;
    private volatile PolyVec tNtt;
    private volatile byte[] digest;
    private volatile PolyMatrix verificationMatrix;
    /** Bytes of {@link #digest()}. */
    public static final int DIGEST_BYTES = 64;

    /**
     * A public key from its parts.
     *
     * @throws IllegalArgumentException if ρ is not 32 bytes or t does not have k coefficient-domain entries of the
     *                                  parameters' ring
     */
    public PublicKey(LatticeParameters parameters, byte[] rho, PolyVec t) {
        this.parameters = Objects.requireNonNull(parameters, "parameters");
        if (rho.length != UniformSampler.SEED_BYTES) {
            throw new IllegalArgumentException("rho must be " + UniformSampler.SEED_BYTES + " bytes");
        }
        if (t.length() != parameters.rankK() || t.isNtt() || !t.ring().equals(parameters.ring())) {
            throw new IllegalArgumentException("t must hold k coefficient-domain polynomials of the parameters' ring");
        }
        this.rho = rho.clone();
        this.t = t;
    }

    /** For key generation, which has already expanded A from ρ. */
    PublicKey(LatticeParameters parameters, byte[] rho, PolyVec t, PolyMatrix expandedMatrix) {
        this(parameters, rho, t);
        this.matrix = expandedMatrix;
    }

    /** Bytes of the canonical encoding for these parameters. */
    public static int encodedLength(LatticeParameters parameters) {
        return UniformSampler.SEED_BYTES + parameters.rankK() * PolyPacking.fullBytes(parameters.ring());
    }

    /** The parameters the key belongs to. */
    public LatticeParameters parameters() {
        return parameters;
    }

    /** A copy of the matrix seed ρ. */
    public byte[] rho() {
        return rho.clone();
    }

    /** t = A·s1 + s2 (coefficient domain, length k). */
    public PolyVec t() {
        return t;
    }

    /** t in the NTT domain (cached). */
    public PolyVec tNtt() {
        PolyVec result = tNtt;
        if (result == null) {
            result = t.toNtt();
            tNtt = result;
        }
        return result;
    }

    /** The k × l matrix A expanded from ρ (NTT domain, cached). */
    public PolyMatrix matrix() {
        PolyMatrix result = matrix;
        if (result == null) {
            result = UniformSampler.expandMatrix(parameters.ring(), rho, parameters.rankK(), parameters.rankL());
            matrix = result;
        }
        return result;
    }

    /**
     * [A | −t] (cached): the lwe-secret verifier's A·z1 − c·t as one short product with (z1, c), sharing A's entries
     * and transforms.
     */
    public PolyMatrix verificationMatrix() {
        PolyMatrix result = verificationMatrix;
        if (result == null) {
            result = matrix().withColumn(t.negate());
            verificationMatrix = result;
        }
        return result;
    }

    /** The canonical encoding ρ ‖ packed t. */
    public byte[] encode() {
        ByteWriter writer = new ByteWriter().writeBytes(rho);
        PolyPacking.writeFull(writer, t);
        return writer.toByteArray();
    }

    /**
     * Decodes a canonical encoding for the given parameters: exact length, every coefficient of t reduced mod q.
     *
     * @throws DecodingException on any deviation from the canonical encoding
     */
    public static PublicKey decode(LatticeParameters parameters, byte[] encoded) throws DecodingException {
        if (encoded.length != encodedLength(parameters)) {
            throw new DecodingException("public key: wrong length, expected " + encodedLength(parameters)
                + " bytes, got " + encoded.length);
        }
        ByteReader reader = new ByteReader(encoded);
        byte[] rho = reader.readBytes(UniformSampler.SEED_BYTES, "public key rho");
        PolyVec t = PolyPacking.readFullVec(reader, parameters.ring(), parameters.rankK(), false, "public key t");
        reader.finish();
        return new PublicKey(parameters, rho, t);
    }

    /**
     * tr = SHAKE-256 of the canonical encoding, 64 bytes (cached; a copy): what the proofs' transcripts bind the key
     * through, so a prover or verifier with a cached key hashes it once, as FIPS 204's tr.
     */
    public byte[] digest() {
        byte[] result = digest;
        if (result == null) {
            byte[] encoded = encode();
            SHAKEDigest shake = new SHAKEDigest(256);
            shake.update(encoded, 0, encoded.length);
            result = new byte[DIGEST_BYTES];
            shake.doFinal(result, 0, result.length);
            digest = result;
        }
        return result.clone();
    }

    /** SHA3-256 of the canonical encoding, hex — a short public identifier for logs and APIs. */
    public String fingerprint() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA3-256").digest(encode()));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA3-256 unavailable", e);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PublicKey other && other.parameters.equals(parameters) && Arrays.equals(other.rho, rho)
            && other.t.equals(t);
    }

    @Override
    public int hashCode() {
        return Objects.hash(parameters, Arrays.hashCode(rho), t);
    }

    @Override
    public String toString() {
        return "PublicKey[k=" + parameters.rankK() + ", l=" + parameters.rankL() + ", n=" + parameters.ringDegree()
            + ", q=" + parameters.modulus() + "]";
    }
}
