package io.nexuszero.crypto.engine.proof;

import io.nexuszero.crypto.engine.keys.PublicKey;
import io.nexuszero.crypto.engine.keys.SecretKey;
import io.nexuszero.crypto.engine.params.ParameterSet;
import io.nexuszero.crypto.engine.packing.ByteReader;
import io.nexuszero.crypto.engine.packing.ByteWriter;
import io.nexuszero.crypto.engine.packing.DecodingException;
import io.nexuszero.crypto.engine.proof.codec.ProofDecodeException;
import io.nexuszero.crypto.engine.ring.Poly;
import io.nexuszero.crypto.engine.ring.PolyMatrix;
import io.nexuszero.crypto.engine.ring.PolyVec;
import io.nexuszero.crypto.engine.ring.SparseTernary;
import io.nexuszero.crypto.engine.sampling.ChallengeSampler;
import io.nexuszero.crypto.engine.sampling.Randomness;
import io.nexuszero.crypto.engine.sampling.UniformSampler;

import java.security.MessageDigest;

/**
 * "lwe-secret": proof of knowledge of short (s1, s2) with t = A·s1 + s2, A ∈ R_q^{k×l} expanded from ρ —
 * Lyubashevsky's Fiat–Shamir with aborts, Dilithium-style without compression.
 *
 * <p>Prover: y1 ← [−γ, γ]^{n·l}, y2 ← [−γ, γ]^{n·k}; w = A·y1 + y2; c̃ = H(μ ‖ w) with
 * μ = H(domain ‖ parameters ‖ (ρ, t) ‖ context); c = SampleInBall_τ(c̃); z = (y1 + c·s1, y2 + c·s2); restart unless
 * ‖z‖∞ ≤ γ − τη. Verifier: w' = A·z1 + z2 − c·t, accept iff H(μ ‖ w') = c̃ (and the norm bound, enforced by the
 * decoder). Encoding: header ‖ c̃ (64 bytes) ‖ z1 ‖ z2 (each coefficient as B − z in ⌈log2(2B+1)⌉ bits).
 */
public final class LweSecretProof {

    static final ProofType TYPE = ProofType.LWE_SECRET;

    private LweSecretProof() {
    }

    /** What one run of the rejection loop produced (z in the clear, for the zero-knowledge test). */
    record Response(byte[] challengeSeed, PolyVec z1, PolyVec z2, int attempts) {
    }

    /**
     * Proves knowledge of the key pair's secret under {@code context} (the API entry point).
     *
     * @throws IllegalArgumentException if the key belongs to other parameters or the context exceeds 1024 bytes
     */
    public static ProofResult prove(ParameterSet set, PublicKey publicKey, SecretKey secretKey, byte[] context,
                                    Randomness randomness) {
        return prove(ProofParameters.of(set), publicKey, secretKey, context, randomness);
    }

    /** {@link #prove(ParameterSet, PublicKey, SecretKey, byte[], Randomness)} with the proof view of the set. */
    public static ProofResult prove(ProofParameters p, PublicKey publicKey, SecretKey secretKey, byte[] context,
                                    Randomness randomness) {
        if (!p.hasNumbersOf(publicKey.parameters())) {
            throw new IllegalArgumentException("the key belongs to other parameters than " + p.id());
        }
        if (!secretKey.publicKey().equals(publicKey)) {
            throw new IllegalArgumentException("secret key does not belong to the public key");
        }
        byte[] mu = Transcript.statementDigestOf(TYPE, p, publicKey.digest(), context);
        return prove(p, publicKey.matrix(), encodeStatement(p, publicKey.rho(), publicKey.t()), mu, secretKey.s1(),
                secretKey.s2(), randomness);
    }

    /**
     * Verifies a proof for {@code publicKey} under {@code context} (the API entry point); a key of other parameters
     * gives "wrong_parameter_set".
     */
    public static VerificationResult verify(ParameterSet set, PublicKey publicKey, byte[] context, byte[] proof) {
        return verify(ProofParameters.of(set), publicKey, context, proof);
    }

    /** {@link #verify(ParameterSet, PublicKey, byte[], byte[])} with the proof view of the set. */
    public static VerificationResult verify(ProofParameters p, PublicKey publicKey, byte[] context, byte[] proof) {
        if (!p.hasNumbersOf(publicKey.parameters())) {
            return VerificationResult.rejected(ProofDecodeException.WRONG_PARAMETER_SET);
        }
        if (context.length > Transcript.MAX_CONTEXT_BYTES) {
            return VerificationResult.rejected(VerificationResult.CONTEXT_TOO_LONG);
        }
        return verify(p, publicKey.verificationMatrix(), Transcript.statementDigestOf(TYPE, p, publicKey.digest(),
                context), proof);
    }

    /**
     * Proves knowledge of (s1, s2) for the public key (ρ, t) under {@code context}.
     *
     * @param rho     the 32-byte seed of A
     * @param t       A·s1 + s2 (k polynomials)
     * @param s1      the secret (l polynomials, coefficients in [−η, η]); not modified
     * @param s2      the error (k polynomials, coefficients in [−η, η]); not modified
     * @param context caller context, at most 1024 bytes, bound into the challenge
     */
    public static ProofResult prove(ProofParameters p, byte[] rho, PolyVec t, PolyVec s1, PolyVec s2, byte[] context,
                                    Randomness randomness) {
        byte[] statement = encodeStatement(p, rho, t);
        return prove(p, expand(p, rho), statement, Transcript.statementDigest(TYPE, p, statement, context), s1, s2,
                randomness);
    }

    private static ProofResult prove(ProofParameters p, PolyMatrix a, byte[] statement, byte[] mu, PolyVec s1,
                                     PolyVec s2, Randomness randomness) {
        Response r = respond(p, a, mu, s1, s2, randomness, true);
        ByteWriter out = new ByteWriter(proofLength(p));
        EncodingHeader.write(out, TYPE.proofKind(), p);
        out.writeBytes(r.challengeSeed());
        PolyCodec.writeResponses(out, r.z1(), p);
        PolyCodec.writeResponses(out, r.z2(), p);
        return new ProofResult(statement, out.toByteArray(), r.attempts());
    }

    /** The rejection loop; {@code enforceRejection = false} exists only so tests can show the leak it prevents. */
    static Response respond(ProofParameters p, byte[] rho, PolyVec t, PolyVec s1, PolyVec s2, byte[] context,
                            Randomness randomness, boolean enforceRejection) {
        byte[] mu = Transcript.statementDigest(TYPE, p, encodeStatement(p, rho, t), context);
        return respond(p, expand(p, rho), mu, s1, s2, randomness, enforceRejection);
    }

    private static Response respond(ProofParameters p, PolyMatrix a, byte[] mu, PolyVec s1, PolyVec s2,
                                    Randomness randomness, boolean enforceRejection) {
        if (s1.length() != p.rankL() || s2.length() != p.rankK()) {
            throw new IllegalArgumentException("secret shape does not match the parameter set");
        }
        int budget = Rejection.attemptBudget(p, ProofAttempts.maskedPolynomials(p, TYPE, 1));
        if (s1.isNtt() || s2.isNtt()) {
            throw new IllegalArgumentException("secrets are expected in the coefficient domain");
        }
        for (int attempt = 1; attempt <= budget; attempt++) {
            PolyVec y = Masking.masks(p, p.rankL() + p.rankK(), randomness);
            PolyVec y1 = y.slice(0, p.rankL());
            PolyVec y2 = y.slice(p.rankL(), y.length());
            PolyVec w = a.multiplyShort(y1, p.gamma()).add(y2);
            byte[] seed = Transcript.challengeSeed(p, mu, w);
            SparseTernary c = ChallengeSampler.sampleSparse(p.ring(), p.challengeWeight(), seed);
            PolyVec cs1 = c.multiplyShort(s1, p.eta());
            PolyVec z1 = y1.add(cs1);
            wipe(y1, cs1);
            // Early abort: whether z1 alone fails is independent of the secret (each coefficient passes with
            // probability (2B+1)/(2γ+1) whatever c·s is), so skipping z2 then leaks nothing.
            if (enforceRejection && !Rejection.accepts(z1, p)) {
                wipe(z1, y2);
                continue;
            }
            PolyVec cs2 = c.multiplyShort(s2, p.eta());
            PolyVec z2 = y2.add(cs2);
            wipe(y2, cs2);
            if (!enforceRejection || Rejection.accepts(z2, p)) {
                return new Response(seed, z1, z2, attempt);
            }
            wipe(z1, z2); // a rejected response would leak the secret
        }
        throw Rejection.exhausted();
    }

    /**
     * Verifies a proof for the public key (ρ, t) and context. Never throws on bad input: the outcome carries a
     * stable reason code (see {@link VerificationResult}).
     */
    public static VerificationResult verify(ProofParameters p, byte[] rho, PolyVec t, byte[] context, byte[] proof) {
        checkShapes(p, rho, t);
        if (context.length > Transcript.MAX_CONTEXT_BYTES) {
            return VerificationResult.rejected(VerificationResult.CONTEXT_TOO_LONG);
        }
        return verify(p, expand(p, rho).withColumn(t.negate()),
                Transcript.statementDigest(TYPE, p, encodeStatement(p, rho, t), context), proof);
    }

    /**
     * The verifier's work once μ is known (μ binds the statement and the context); {@code at} is [A | −t], so
     * A·z1 − c·t is one short product with (z1, c).
     */
    private static VerificationResult verify(ProofParameters p, PolyMatrix at, byte[] mu, byte[] proof) {
        byte[] seed;
        PolyVec z1;
        PolyVec z2;
        try {
            ByteReader in = new ByteReader(proof);
            EncodingHeader.read(in, TYPE.proofKind(), p);
            seed = in.readBytes(Transcript.DIGEST_BYTES, "challenge seed");
            z1 = PolyCodec.readResponses(in, p.rankL(), p);
            z2 = PolyCodec.readResponses(in, p.rankK(), p);
            in.finish();
        } catch (DecodingException e) {
            return VerificationResult.rejected(ProofDecodeException.reasonOf(e));
        }
        Poly c = ChallengeSampler.sampleInBall(p.ring(), p.challengeWeight(), seed);
        // w' = A·z1 + z2 − c·t = [A | −t]·(z1, c) + z2, exact: z1 and c are both short
        PolyVec w = at.multiplyShort(z1.concat(PolyVec.of(c)), p.responseBound()).add(z2);
        byte[] expected = Transcript.challengeSeed(p, mu, w);
        return MessageDigest.isEqual(expected, seed)
                ? VerificationResult.ok()
                : VerificationResult.rejected(VerificationResult.CHALLENGE_MISMATCH);
    }

    /** Canonical statement encoding: header ‖ ρ (32 bytes) ‖ t (k·n values at ⌈log2 q⌉ bits). */
    public static byte[] encodeStatement(ProofParameters p, byte[] rho, PolyVec t) {
        checkShapes(p, rho, t);
        ByteWriter out = new ByteWriter(statementLength(p));
        EncodingHeader.write(out, TYPE.statementKind(), p);
        out.writeBytes(rho);
        PolyCodec.writeModQ(out, t, p);
        return out.toByteArray();
    }

    /** Exact proof length in bytes. */
    public static int proofLength(ProofParameters p) {
        return EncodingHeader.length(p) + Transcript.DIGEST_BYTES
                + PolyCodec.responseLength(p, p.rankL() + p.rankK());
    }

    /** Exact statement length in bytes. */
    public static int statementLength(ProofParameters p) {
        return EncodingHeader.length(p) + UniformSampler.SEED_BYTES + PolyCodec.modQLength(p, p.rankK());
    }

    private static PolyMatrix expand(ProofParameters p, byte[] rho) {
        checkSeed(rho);
        return UniformSampler.expandMatrix(p.ring(), rho, p.rankK(), p.rankL());
    }

    private static void checkSeed(byte[] rho) {
        if (rho.length != UniformSampler.SEED_BYTES) {
            throw new IllegalArgumentException("rho must be " + UniformSampler.SEED_BYTES + " bytes");
        }
    }

    private static void checkShapes(ProofParameters p, byte[] rho, PolyVec t) {
        if (rho.length != UniformSampler.SEED_BYTES || t.length() != p.rankK() || !t.ring().equals(p.ring())) {
            throw new IllegalArgumentException("public key shape does not match the parameter set");
        }
    }

    static void wipe(PolyVec... vectors) {
        for (PolyVec v : vectors) {
            v.zeroize();
        }
    }
}
