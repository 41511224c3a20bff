package io.nexuszero.optimizer.core.validation;

import io.nexuszero.optimizer.api.ProofType;
import io.nexuszero.optimizer.core.recommend.Objective;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The request grid: 3 security levels × 3 proof types × L ∈ {1, 16, 256, 4096} × 4 objectives, plus range at
 * L ∈ {1, 16, 64, 256, 1024, 4096}: it proves up to 4096 values in chunks of at most 32, so besides the common lengths
 * it is asked at 64 (2 chunks) and 1024 (32 chunks), where its cost grows with the chunks.
 */
public final class RequestGrid {
    public static final List<Integer> LEVELS = List.of(128, 192, 256);
    public static final List<Integer> WITNESS_LENGTHS = List.of(1, 16, 256, 4096);
    public static final List<Integer> RANGE_WITNESS_LENGTHS = List.of(1, 16, 64, 256, 1024, 4096);
    public static final Map<String, Objective> OBJECTIVES = Map.of(
            "size", new Objective(1, 0, 0),
            "prove", new Objective(0, 1, 0),
            "verify", new Objective(0, 0, 1),
            "balanced", new Objective(1, 1, 1));

    private RequestGrid() {
    }

    /** One request of the grid. */
    public record Request(int securityBits, ProofType proofType, int witnessLength, String objectiveName, Objective objective) {
    }

    /** The witness lengths the grid asks this proof type about. */
    public static List<Integer> witnessLengths(ProofType type) {
        return type == ProofType.RANGE ? RANGE_WITNESS_LENGTHS : WITNESS_LENGTHS;
    }

    public static List<Request> requests() {
        List<Request> requests = new ArrayList<>();
        for (int level : LEVELS) {
            for (ProofType type : ProofType.values()) {
                for (int length : witnessLengths(type)) {
                    OBJECTIVES.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(o ->
                            requests.add(new Request(level, type, length, o.getKey(), o.getValue())));
                }
            }
        }
        return requests;
    }
}
