package io.nexuszero.crypto.metrics;

import io.nexuszero.crypto.engine.proof.CommitmentOpeningProof;
import io.nexuszero.crypto.engine.proof.ProofParameters;
import io.nexuszero.crypto.engine.proof.ProofSystem;
import java.util.Arrays;
import java.util.List;

/**
 * The {@code witness_size} label of the proof metrics: a handful of fixed classes, so proofs whose cost grows with the
 * number of values are judged against their own kind without one series per length. The bounds follow the engine's
 * cost steps: 16 values were one range chunk when the classes were set (a chunk holds 32 since range format 2; the
 * class keeps its name, docs/CRYPTO.md "Many values"), 256 are one message polynomial at n = 256 (commitment-opening
 * and linear-relation cost the same from 1 to 256 values) and 8 range chunks, 4096 is
 * the most any proof takes. lwe-secret proves a key's secret, whose size the parameter set fixes: its own class.
 */
public enum WitnessSize {

    KEY("key", 0, 0),
    UP_TO_16("1-16", 1, 16),
    UP_TO_256("17-256", 17, 256),
    UP_TO_4096("257-4096", 257, CommitmentOpeningProof.MAX_VALUES);

    private final String label;
    private final int min;
    private final int max;

    WitnessSize(String label, int min, int max) {
        this.label = label;
        this.min = min;
        this.max = max;
    }

    public String label() {
        return label;
    }

    /** The class of a proof over {@code values} values (1 to 4096). */
    public static WitnessSize ofValues(int values) {
        return Arrays.stream(values()).filter(size -> size != KEY && values >= size.min && values <= size.max)
                .findFirst().orElseThrow(() -> new IllegalArgumentException(values + " values is no witness size"));
    }

    /** The classes a proof system can produce at these parameters: what the metrics register at startup. */
    public static List<WitnessSize> possible(ProofSystem system, ProofParameters p) {
        if (!system.takesValues()) {
            return List.of(KEY);
        }
        int most = system.maxValues(p);
        return Arrays.stream(values()).filter(size -> size != KEY && size.min <= most).toList();
    }
}
