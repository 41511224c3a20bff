package io.nexuszero.optimizer.jobs;

import io.nexuszero.optimizer.api.ProofType;
import io.nexuszero.optimizer.core.space.Candidate;
import io.nexuszero.optimizer.core.space.SearchSpace;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * What a training job measures: {@code candidates} parameter sets drawn from the search space (seeded, spread over
 * ring degrees), each at every proof type × witness length (lwe-secret only at L = 1, where it does not depend on L),
 * with {@code iterations} benchmark iterations per point. {@code lengthCaps} optionally caps the witness length per
 * proof type (wire name → longest L measured). Since linear-relation format 2 (one commitment to all L values) its
 * cost grows with ⌈L/n⌉ like commitment-opening's, so the defaults measure it up to 4096; a cap is for a quick job.
 * {@code typeLengths} optionally replaces the witness lengths for a proof type (wire name → lengths): range proves
 * up to 4096 values in chunks of at most 32 (one rejection loop each), so its cost changes shape at L = 32 and
 * the bundle measures it at 1, 16, 32, 64, 256 rather than at the common lengths (4096 values are 128 chunks:
 * a minute or more per benchmark). Lengths above a parameter set's maxWitnessLength are never planned.
 */
public record TrainingDesign(int candidates, List<ProofType> proofTypes, List<Integer> witnessLengths, int iterations,
                             long seed, double minSecurityBits, Map<String, Integer> lengthCaps,
                             Map<String, List<Integer>> typeLengths) {

    public TrainingDesign {
        proofTypes = List.copyOf(proofTypes);
        witnessLengths = List.copyOf(witnessLengths);
        lengthCaps = lengthCaps == null ? Map.of() : Map.copyOf(lengthCaps);
        typeLengths = typeLengths == null ? Map.of() : Map.copyOf(typeLengths);
    }

    /** Every proof type at the same witness lengths. */
    public TrainingDesign(int candidates, List<ProofType> proofTypes, List<Integer> witnessLengths, int iterations,
                          long seed, double minSecurityBits, Map<String, Integer> lengthCaps) {
        this(candidates, proofTypes, witnessLengths, iterations, seed, minSecurityBits, lengthCaps, null);
    }

    /** The witness lengths measured for this proof type (before caps and the parameter set's own limit). */
    public List<Integer> witnessLengthsOf(ProofType type) {
        return typeLengths.getOrDefault(type.wireName(), witnessLengths);
    }

    /** Fewest iterations a point gets however many attempts it expects. */
    public static final int MIN_ITERATIONS = 5;

    /** One benchmark point: a candidate, a proof type and a witness length. */
    public record Point(Candidate candidate, ProofType proofType, int witnessLength) {
        /** crypto-service's expected prover attempts for this point (+∞ when astronomically many). */
        public double expectedAttempts() {
            return Math.exp(candidate.lnExpectedAttempts(proofType, witnessLength));
        }
    }

    /**
     * Iterations for one point: the full count up to 10 expected attempts, then fewer in proportion (a point that
     * expects 10× more attempts runs each iteration ~10× longer, and its many attempts already average over the
     * per-attempt noise), never below {@code minimum}; keeps slow points from eating the measurement budget.
     */
    public static int iterations(int full, int minimum, double expectedAttempts) {
        int scaled = (int) Math.ceil(full * 10.0 / Math.max(10.0, expectedAttempts));
        return Math.max(Math.min(minimum, full), Math.min(full, scaled));
    }

    /** {@link #iterations(int, int, double)} for this design's full count and {@link #MIN_ITERATIONS}. */
    public int iterationsFor(Point point) {
        return iterations(iterations, MIN_ITERATIONS, point.expectedAttempts());
    }

    /**
     * The points of these candidates in one seeded random order, so load that drifts while measuring spreads over
     * every candidate instead of slowing a few of them.
     */
    public List<Point> shuffledPoints(List<Candidate> chosen) {
        List<Point> points = new ArrayList<>(points(chosen));
        Collections.shuffle(points, new Random(seed ^ 0x9e37_79b9L));
        return points;
    }

    public List<Candidate> select(SearchSpace space) {
        Map<Integer, List<Candidate>> byRingDegree = new TreeMap<>();
        for (Candidate candidate : space.candidates()) {
            if (candidate.estimate().classicalBits() >= minSecurityBits) {
                byRingDegree.computeIfAbsent(candidate.parameters().ringDegree(), n -> new ArrayList<>()).add(candidate);
            }
        }
        Random random = new Random(seed);
        List<List<Candidate>> groups = new ArrayList<>();
        for (List<Candidate> group : byRingDegree.values()) {
            List<Candidate> shuffled = new ArrayList<>(group);
            shuffled.sort((a, b) -> a.id().compareTo(b.id()));
            Collections.shuffle(shuffled, random);
            groups.add(shuffled);
        }
        // Round-robin over ring degrees so a small design still covers the space's main size axis.
        List<Candidate> chosen = new ArrayList<>();
        for (int index = 0; chosen.size() < candidates; index++) {
            boolean any = false;
            for (List<Candidate> group : groups) {
                if (index < group.size() && chosen.size() < candidates) {
                    chosen.add(group.get(index));
                    any = true;
                }
            }
            if (!any) {
                break;
            }
        }
        return chosen;
    }

    public List<Point> points(List<Candidate> chosen) {
        List<Point> points = new ArrayList<>();
        for (Candidate candidate : chosen) {
            for (ProofType type : proofTypes) {
                if (!type.dependsOnWitnessLength()) {
                    if (candidate.proofBytes(type, 1) != null) {
                        points.add(new Point(candidate, type, 1));
                    }
                    continue;
                }
                for (int length : witnessLengthsOf(type)) {
                    boolean capped = length > lengthCaps.getOrDefault(type.wireName(), Integer.MAX_VALUE);
                    if (!capped && candidate.proofBytes(type, length) != null) {   // and crypto-service supports it
                        points.add(new Point(candidate, type, length));
                    }
                }
            }
        }
        return points;
    }
}
