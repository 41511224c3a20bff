package io.nexuszero.optimizer.support;

import io.nexuszero.optimizer.api.HardnessEstimate;
import io.nexuszero.optimizer.api.LatticeParameters;
import io.nexuszero.optimizer.api.ProofType;
import io.nexuszero.optimizer.api.SecurityEstimate;
import io.nexuszero.optimizer.core.dataset.Sample;
import io.nexuszero.optimizer.core.space.AttemptsCurve;
import io.nexuszero.optimizer.core.space.Candidate;
import io.nexuszero.optimizer.core.space.CandidateGrid;
import io.nexuszero.optimizer.core.space.ProofSizeCurve;
import io.nexuszero.optimizer.core.space.SearchSpaceSnapshot;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * TEST-ONLY stand-ins for crypto-service answers, used where a test exercises optimizer code paths (HTTP errors,
 * persistence, model files, ranking logic) rather than crypto facts. The "estimates", "sizes" and "timings" here
 * are simple formulas, not measurements, and never leave the test sources; shipped data comes from the real engine.
 */
public final class SyntheticData {
    public static final String VERSION = "synthetic-test";
    /**
     * The (test) search space's range limit at every parameter set, below 4096 so the tests reach the per-set limit
     * path (and its 422 naming the longest provable L). The engine's own range limit is 4096 since chunking, or 0
     * where a set cannot prove one value; commitment-opening's can lie in between.
     */
    public static final int RANGE_LIMIT = 48;

    private SyntheticData() {
    }

    public static CandidateGrid smallGrid() {
        return new CandidateGrid(List.of(256, 512), 1, 4, 1, 4096, List.of(28), List.of("cbd"), List.of(2),
                List.of(23), List.of(11), List.of(1, 16, 256, 4096));
    }

    /** Formula stand-in for the estimator: grows with the module dimension n·l. */
    public static double fakeClassicalBits(LatticeParameters p) {
        return 0.11 * p.ringDegree() * Math.min(p.rankK(), p.rankL()) + 5 * p.eta();
    }

    public static Candidate candidate(LatticeParameters p) {
        double bits = fakeClassicalBits(p);
        HardnessEstimate h = new HardnessEstimate(400, bits, bits * 0.9, bits * 1.1);
        HardnessEstimate soundness = new HardnessEstimate(0, bits + 20, (bits + 20) / 2, bits + 20);
        Map<String, ProofSizeCurve> sizes = new HashMap<>();
        for (ProofType type : ProofType.values()) {
            Map<Integer, Long> points = new HashMap<>();
            for (int length : List.of(1, 16, 256, 4096)) {
                // linear-relation (format 2) grows in steps of ⌈L/n⌉ like the engine's, range in steps of ⌈64L/n⌉
                // (a value's 64 bits) times a large factor; commitment-opening per value
                int effective = type == ProofType.LINEAR_RELATION ? (length + p.ringDegree() - 1) / p.ringDegree()
                        : type == ProofType.RANGE ? 8 * ((64 * length + p.ringDegree() - 1) / p.ringDegree())
                        : type.dependsOnWitnessLength() ? length : 1;
                points.put(length, 64L + (long) p.ringDegree() * p.rankL() * 3L * effective + 32L * p.rankK());
            }
            sizes.put(type.wireName(), new ProofSizeCurve(points));
        }
        Map<String, AttemptsCurve> attempts = new HashMap<>();
        for (ProofType type : ProofType.values()) {
            Map<Integer, Double> points = new HashMap<>();
            for (int length : List.of(1, 16, 256, 4096)) {
                points.put(length, fakeExpectedAttempts(p, type, length));
            }
            attempts.put(type.wireName(), new AttemptsCurve(points));
        }
        SecurityEstimate estimate = new SecurityEstimate(400, bits, Math.min(bits * 0.9, (bits + 20) / 2), bits * 1.1,
                "keyModuleLwe", bits + 20, Map.of("keyModuleLwe", h, "soundness", soundness));
        return new Candidate(p.candidateId(), p, estimate, sizes,
                Map.of(ProofType.LINEAR_RELATION.wireName(), 64, ProofType.RANGE.wireName(), RANGE_LIMIT), attempts);
    }

    /** Formula stand-in for crypto-service's expected attempts: grows mildly with the ranks and the witness. */
    public static double fakeExpectedAttempts(LatticeParameters p, ProofType type, int length) {
        int effective = type.dependsOnWitnessLength() ? length : 1;
        return 1.0 + 0.1 * (p.rankK() + p.rankL()) + (type == ProofType.LINEAR_RELATION ? 0.001 * effective
                : type == ProofType.RANGE ? 0.05 * effective : 0);
    }

    public static SearchSpaceSnapshot snapshot(CandidateGrid grid) {
        List<LatticeParameters> all = grid.generate();
        return new SearchSpaceSnapshot(VERSION, Instant.parse("2026-01-01T00:00:00Z"), grid.fingerprint(), all.size(),
                all.stream().map(SyntheticData::candidate).toList());
    }

    /** Formula stand-in for a benchmark: work ∝ n·log n·k·l (+ n·l·L for witness proofs), with 3% noise. */
    public static double fakeProveMicros(LatticeParameters p, ProofType type, int length, Random noise) {
        int effective = type.dependsOnWitnessLength() ? length : 1;
        double work = p.ringDegree() * Math.log(p.ringDegree()) * (p.rankK() * p.rankL() + p.rankL() * effective);
        return 0.02 * work * (1 + 0.03 * noise.nextGaussian()) * (type == ProofType.LINEAR_RELATION ? 1.5
                : type == ProofType.RANGE ? 4 : 1);
    }

    public static List<Sample> samples(SearchSpaceSnapshot snapshot, List<Integer> lengths, long seed) {
        Random noise = new Random(seed);
        List<Sample> samples = new ArrayList<>();
        for (Candidate c : snapshot.candidates()) {
            for (ProofType type : ProofType.values()) {
                for (int length : type.dependsOnWitnessLength() ? lengths : List.of(1)) {
                    double prove = fakeProveMicros(c.parameters(), type, length, noise);
                    double expected = fakeExpectedAttempts(c.parameters(), type, length);
                    samples.add(new Sample(c.id(), c.parameters(), type.wireName(), length, prove, prove * 0.4,
                            c.proofBytes(type, length), 3, VERSION, Instant.parse("2026-01-01T00:00:00Z"), Sample.MEAN,
                            null, expected, expected));
                }
            }
        }
        return samples;
    }
}
