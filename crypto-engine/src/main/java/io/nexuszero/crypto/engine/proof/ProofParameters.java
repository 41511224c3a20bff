package io.nexuszero.crypto.engine.proof;

import io.nexuszero.crypto.engine.cache.BoundedCache;
import io.nexuszero.crypto.engine.params.LatticeParameters;
import io.nexuszero.crypto.engine.params.ParameterSet;
import io.nexuszero.crypto.engine.packing.ByteWriter;
import io.nexuszero.crypto.engine.ring.Ring;
import io.nexuszero.crypto.engine.sampling.BoundedSampler;
import io.nexuszero.crypto.engine.sampling.SecretDistribution;
import io.nexuszero.crypto.engine.sampling.Xof;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * The numbers the proofs use, taken from a parameter set (a preset or validated custom LatticeParameters) plus its
 * id, which every proof and statement encoding names and every transcript binds.
 *
 * @param id                 parameter-set id ("nz-128", … or "custom"): 1..32 chars of [a-z0-9-]
 * @param ring               R_q (degree n, modulus q)
 * @param rankK              k: rows of A (and κ, the BDLOP binding rank)
 * @param rankL              l: columns of A (and λ, the BDLOP hiding rank)
 * @param secretDistribution short-secret distribution, support [−η, η]
 * @param eta                η
 * @param challengeWeight    τ: number of ±1 coefficients of a challenge
 * @param gamma              γ: masks are uniform in [−γ, γ]
 */
public record ProofParameters(String id, Ring ring, int rankK, int rankL, SecretDistribution secretDistribution,
                              int eta, int challengeWeight, int gamma) {

    private static final Pattern ID = Pattern.compile("[a-z0-9-]{1,32}");
    private static final byte[] FINGERPRINT_DOMAIN = "nexuszero/parameters/v1".getBytes(StandardCharsets.US_ASCII);
    private static final int FINGERPRINT_CACHE_LIMIT = 64;
    private static final BoundedCache<ProofParameters, byte[]> FINGERPRINTS =
            new BoundedCache<>(FINGERPRINT_CACHE_LIMIT);
    /** Bytes of the parameter fingerprint in every encoding header. */
    public static final int FINGERPRINT_BYTES = 8;

    public ProofParameters {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("parameter-set id must be 1..32 characters of [a-z0-9-]");
        }
        if (rankK < 1 || rankL < 1 || rankK > 64 || rankL > 64) {
            throw new IllegalArgumentException("ranks must be in [1, 64]");
        }
        if (eta < 1 || challengeWeight < 1 || challengeWeight > ring.degree()) {
            throw new IllegalArgumentException("need η ≥ 1 and 1 ≤ τ ≤ n");
        }
        if (gamma > BoundedSampler.MAX_BOUND || 2L * gamma >= ring.modulus()) {
            throw new IllegalArgumentException("γ must be below min(2^29, q/2)");
        }
        if ((long) gamma - (long) challengeWeight * eta < 1) {
            throw new IllegalArgumentException("γ must exceed τ·η (the rejection bound γ − τη must be ≥ 1)");
        }
    }

    /** The proof view of a named parameter set (preset or custom). */
    public static ProofParameters of(ParameterSet set) {
        LatticeParameters lp = set.parameters();
        return of(set.id(), lp.ringDegree(), lp.modulus(), lp.rankK(), lp.rankL(), lp.secretDistribution(), lp.eta(),
                lp.challengeWeight(), lp.gamma());
    }

    /** The proof view of client-supplied parameters, under the id "custom". */
    public static ProofParameters of(LatticeParameters parameters) {
        return of(new ParameterSet(ParameterSet.CUSTOM_ID, parameters));
    }

    /** Builds the proof view of a parameter set from its plain numbers (ring checks n and q). */
    public static ProofParameters of(String id, int ringDegree, int modulus, int rankK, int rankL,
                                     String secretDistribution, int eta, int challengeWeight, int gamma) {
        SecretDistribution distribution = SecretDistribution.fromWireName(secretDistribution)
                .orElseThrow(() -> new IllegalArgumentException("unknown secret distribution"));
        return new ProofParameters(id, Ring.of(ringDegree, modulus), rankK, rankL, distribution, eta,
                challengeWeight, gamma);
    }

    public int degree() {
        return ring.degree();
    }

    public int modulus() {
        return ring.modulus();
    }

    /** β = τ·η: bound on ‖c·s‖∞ for a challenge c and a secret s with coefficients in [−η, η]. */
    public int challengeTimesSecretBound() {
        return challengeWeight * eta;
    }

    /** B = γ − τη: responses are accepted (and encodable) only with ‖z‖∞ ≤ B. */
    public int responseBound() {
        return gamma - challengeWeight * eta;
    }

    /** Bits per packed response coefficient: B − z ∈ [0, 2B]. */
    public int responseBits() {
        return bitLength(2 * responseBound());
    }

    /** Bits per packed mod-q value: v ∈ [0, q). */
    public int modulusBits() {
        return bitLength(modulus() - 1);
    }

    /**
     * Exact expected number of attempts of a rejection loop over {@code polynomials} masked polynomials: every
     * coefficient z = y + e with |e| ≤ τη is accepted with probability (2B + 1)/(2γ + 1), independent of e.
     */
    public double expectedAttempts(long polynomials) {
        double perCoefficient = (2.0 * responseBound() + 1) / (2.0 * gamma + 1);
        return Math.exp(-polynomials * degree() * Math.log(perCoefficient));
    }

    /** The approximation exp(n · polynomials · τη / γ) quoted in the literature. */
    public double expectedAttemptsApproximation(long polynomials) {
        return Math.exp((double) polynomials * degree() * challengeTimesSecretBound() / gamma);
    }

    /** Canonical encoding of every field, absorbed by every transcript (so a proof is bound to all the numbers). */
    public byte[] canonicalEncoding() {
        byte[] idBytes = id.getBytes(StandardCharsets.US_ASCII);
        byte[] dist = secretDistribution.wireName().getBytes(StandardCharsets.US_ASCII);
        return new ByteWriter(64).writeByte(idBytes.length).writeBytes(idBytes).writeUint32BigEndian(degree())
                .writeUint32BigEndian(modulus()).writeUint32BigEndian(rankK).writeUint32BigEndian(rankL)
                .writeByte(dist.length).writeBytes(dist).writeUint32BigEndian(eta)
                .writeUint32BigEndian(challengeWeight).writeUint32BigEndian(gamma).toByteArray();
    }

    /** First 8 bytes of SHAKE-256("nexuszero/parameters/v1" ‖ canonical encoding): names the set in headers. */
    public byte[] fingerprint() {
        return cachedFingerprint().clone();
    }

    /** The fingerprint without a defensive copy (callers in this package only read it); cached per parameter set. */
    byte[] cachedFingerprint() {
        return FINGERPRINTS.get(this, p -> Xof.shake256(FINGERPRINT_BYTES, FINGERPRINT_DOMAIN, p.canonicalEncoding()));
    }

    /** True if {@code parameters} are this view's numbers (every field but the id), e.g. those of a key. */
    boolean hasNumbersOf(LatticeParameters parameters) {
        return parameters.ringDegree() == degree() && parameters.modulus() == modulus()
                && parameters.rankK() == rankK && parameters.rankL() == rankL
                && parameters.secretDistribution().equals(secretDistribution.wireName()) && parameters.eta() == eta
                && parameters.challengeWeight() == challengeWeight && parameters.gamma() == gamma;
    }

    /** The id as ASCII bytes. */
    byte[] idBytes() {
        return id.getBytes(StandardCharsets.US_ASCII);
    }

    static int bitLength(int value) {
        return Math.max(1, 32 - Integer.numberOfLeadingZeros(value));
    }
}
