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
 * proof type (wire name → longest L measured): linear-relation proofs get expensive fast as L grows.
 */
public record TrainingDesign(int candidates, List<ProofType> proofTypes, List<Integer> witnessLengths, int iterations,
                             long seed, double minSecurityBits, Map<String, Integer> lengthCaps) {

    public TrainingDesign {
        proofTypes = List.copyOf(proofTypes);
        witnessLengths = List.copyOf(witnessLengths);
        lengthCaps = lengthCaps == null ? Map.of() : Map.copyOf(lengthCaps);
    }

    /** One benchmark point: a candidate, a proof type and a witness length. */
    public record Point(Candidate candidate, ProofType proofType, int witnessLength) {
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
                for (int length : witnessLengths) {
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
