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
    private final ProofSizeCurve[] curves;
    private final int[] longestWitness;

    ProofSizeTable(List<Candidate> candidates, ProofType type) {
        int count = candidates.size();
        this.curves = new ProofSizeCurve[count];
        this.longestWitness = new int[count];
        for (int i = 0; i < count; i++) {
            Candidate candidate = candidates.get(i);
            curves[i] = candidate.proofBytes().get(type.wireName());
            longestWitness[i] = candidate.longestProvableWitness(type);
        }
    }

    /** The exact size of candidate {@code index}'s proof of {@code witnessLength ≥ 1} values, or −1 if it cannot make it. */
    long bytes(int index, int witnessLength) {
        return witnessLength <= longestWitness[index] ? curves[index].bytesAt(witnessLength) : PredictionTable.NO_PROOF;
    }
}
