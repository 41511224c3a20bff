package io.nexuszero.optimizer.core.recommend;

import io.nexuszero.optimizer.api.ProofType;
import io.nexuszero.optimizer.core.space.Candidate;
import io.nexuszero.optimizer.core.space.ProofSizeCurve;

import java.util.List;

/**
 * Every candidate's proof size curve for one proof type and the longest witness it can prove, resolved once into
 * arrays aligned with the candidates. {@link Candidate#proofBytes} walks two maps per call (~200 ns, mostly cache
 * misses over thousands of candidates); a request at a length between two anchors needs the size of every
 * candidate, so it reads these arrays instead. Same answer as {@link Candidate#proofBytes}, −1 where that is null.
 */
final class ProofSizeTable {
    /** Anchor lengths 2^0 … 2^12. */
    private static final int ANCHORS = 13;

    private final ProofSizeCurve[] curves;
    private final int[] longestWitness;
    /**
     * Each curve's reported size at every anchor length, [anchor exponent][candidate], when every curve reports all
     * of them (crypto-service's evaluation does): between two anchors a size is then the upper anchor's (step-shaped
     * curves) or the line through both (affine ones), read from flat arrays instead of a per-candidate search. Null
     * otherwise, and {@link #bytesBetweenAnchors} walks the curves.
     */
    private final long[][] atAnchors;
    private final boolean[] affine;

    ProofSizeTable(List<Candidate> candidates, ProofType type) {
        int count = candidates.size();
        this.curves = new ProofSizeCurve[count];
        this.longestWitness = new int[count];
        this.affine = new boolean[count];
        long[][] anchors = new long[ANCHORS][count];
        boolean complete = true;
        for (int i = 0; i < count; i++) {
            Candidate candidate = candidates.get(i);
            curves[i] = candidate.proofBytes().get(type.wireName());
            longestWitness[i] = candidate.longestProvableWitness(type);
            affine[i] = curves[i].isAffine();
            for (int e = 0; e < ANCHORS && complete; e++) {
                Long reported = curves[i].points().get(1 << e);
                complete = reported != null;
                anchors[e][i] = complete ? reported : 0;
            }
        }
        this.atAnchors = complete ? anchors : null;
    }

    /**
     * {@link #bytes} for a length strictly between the anchors 2^lowExponent and 2^(lowExponent + 1): the same value,
     * computed as {@link ProofSizeCurve#bytesAt} does from the two reported neighbours.
     */
    long bytesBetweenAnchors(int index, int witnessLength, int lowExponent) {
        if (atAnchors == null || lowExponent + 1 >= ANCHORS) {
            return bytes(index, witnessLength);
        }
        if (witnessLength > longestWitness[index]) {
            return PredictionTable.NO_PROOF;
        }
        long high = atAnchors[lowExponent + 1][index];
        if (!affine[index]) {
            return high;   // a step-shaped curve: the next reported size bounds it from above
        }
        int lowLength = 1 << lowExponent;
        long low = atAnchors[lowExponent][index];
        double slope = (double) (high - low) / lowLength;   // the anchors are lowLength apart
        return (long) Math.ceil(low + slope * (witnessLength - lowLength) - 1e-9);
    }

    /** The exact size of candidate {@code index}'s proof of {@code witnessLength ≥ 1} values, or −1 if it cannot make it. */
    long bytes(int index, int witnessLength) {
        return witnessLength <= longestWitness[index] ? curves[index].bytesAt(witnessLength) : PredictionTable.NO_PROOF;
    }
}
