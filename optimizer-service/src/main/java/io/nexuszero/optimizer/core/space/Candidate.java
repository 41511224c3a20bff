package io.nexuszero.optimizer.core.space;

import io.nexuszero.optimizer.api.LatticeParameters;
import io.nexuszero.optimizer.api.ProofType;
import io.nexuszero.optimizer.api.SecurityEstimate;

import java.util.Map;

/**
 * A parameter set crypto-service confirmed valid, with its security estimate, exact proof sizes per proof type
 * (keyed by wire name), the longest witness each proof type can prove with it (absent = no limit reported) and the
 * exact expected prover attempts per proof type (snapshots from before crypto-service reported them have none).
 */
public record Candidate(String id, LatticeParameters parameters, SecurityEstimate estimate,
                        Map<String, ProofSizeCurve> proofBytes, Map<String, Integer> maxWitnessLength,
                        Map<String, AttemptsCurve> expectedAttempts) {

    public Candidate {
        proofBytes = Map.copyOf(proofBytes);
        maxWitnessLength = maxWitnessLength == null ? Map.of() : Map.copyOf(maxWitnessLength);
        expectedAttempts = expectedAttempts == null ? Map.of() : Map.copyOf(expectedAttempts);
    }

    /** Whether crypto-service reported expected attempts for every proof type (models need them). */
    public boolean hasExpectedAttempts() {
        return java.util.Arrays.stream(ProofType.values()).allMatch(t -> expectedAttempts.containsKey(t.wireName()));
    }

    /**
     * Whether the estimate lists every hardness separately with the soundness error, as crypto-service does since its
     * proofs moved to partially splitting moduli; estimates from before (fields {@code mlwe}/{@code msis}) were made
     * for moduli that split X^n + 1 completely, where a cheating prover forges in one NTT slot.
     */
    public boolean hasHardnessBreakdown() {
        return estimate != null && !estimate.hardness().isEmpty() && estimate.soundnessBits() != null;
    }

    /**
     * Whether linear-relation sizes are those of format 2 (one commitment to all values: the proof depends on ⌈L/n⌉
     * only, so 1 and 2 values cost the same bytes). Format 1 added a commitment per value, capped L at 15 and is
     * refused by crypto-service since 2026-12-06 under the same version string, so its sizes must not be served.
     */
    public boolean hasOneCommitmentLinearRelation() {
        ProofSizeCurve curve = proofBytes.get(ProofType.LINEAR_RELATION.wireName());
        return curve == null || !curve.supports(2) || curve.bytesAt(1) == curve.bytesAt(2);
    }

    /** ln of the expected prover attempts at this witness length (+∞ when not reported or astronomically large). */
    public double lnExpectedAttempts(ProofType type, int witnessLength) {
        AttemptsCurve curve = expectedAttempts.get(type.wireName());
        return curve == null ? Double.POSITIVE_INFINITY : curve.lnAt(witnessLength);
    }

    /** Whether {@link #proofBytes} is exact at this length rather than an upper bound. */
    public boolean proofBytesExact(ProofType type, int witnessLength) {
        ProofSizeCurve curve = proofBytes.get(type.wireName());
        return curve != null && curve.isExactAt(witnessLength);
    }

    /**
     * Whether crypto-service says this parameter set can prove a witness of this length. crypto-service reports
     * limits for the proofs over values only (commitment-opening, linear-relation, range); until it reports one for lwe-secret, a parameter set that cannot prove
     * even a single committed value (its rejection sampling would crawl) is conservatively not offered for
     * lwe-secret either — it may lose a usable candidate, never offer an unusable one.
     */
    public boolean canProve(ProofType type, int witnessLength) {
        return witnessLength <= witnessLimit(type);
    }

    /**
     * The longest witness (≥ 1) for which {@link #proofBytes} is not null, or 0 when the parameter set cannot make
     * this proof at all: lets a caller that asks about many lengths resolve the maps once.
     */
    public int longestProvableWitness(ProofType type) {
        ProofSizeCurve curve = proofBytes.get(type.wireName());
        return curve == null ? 0 : Math.max(0, Math.min(curve.longestLength(), witnessLimit(type)));
    }

    private int witnessLimit(ProofType type) {
        Integer max = maxWitnessLength.get(type.wireName());
        if (max == null && type == ProofType.LWE_SECRET) {
            Integer openingMax = maxWitnessLength.get(ProofType.COMMITMENT_OPENING.wireName());
            return openingMax == null || openingMax >= 1 ? Integer.MAX_VALUE : 0;
        }
        return max == null ? Integer.MAX_VALUE : max;
    }

    public boolean meets(double securityBits) {
        return estimate.classicalBits() >= securityBits;
    }

    /**
     * Exact proof size, or null when the parameter set cannot make that proof: crypto-service reported no size at
     * this witness length (or a longer one), or the length is above the proof type's maxWitnessLength.
     */
    public Long proofBytes(ProofType type, int witnessLength) {
        ProofSizeCurve curve = proofBytes.get(type.wireName());
        if (curve == null || !curve.supports(witnessLength) || !canProve(type, witnessLength)) {
            return null;
        }
        return curve.bytesAt(witnessLength);
    }
}
