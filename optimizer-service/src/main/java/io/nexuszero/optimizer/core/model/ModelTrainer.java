package io.nexuszero.optimizer.core.model;

import io.nexuszero.optimizer.api.HoldoutMetrics;
import io.nexuszero.optimizer.api.ModelInfo;
import io.nexuszero.optimizer.api.ProofType;
import io.nexuszero.optimizer.api.TargetMetrics;
import io.nexuszero.optimizer.core.dataset.Sample;
import com.oracle.labs.mlrg.olcut.provenance.ProvenanceUtil;
import org.tribuo.Example;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.impl.ArrayExample;
import org.tribuo.provenance.SimpleDataSourceProvenance;
import org.tribuo.regression.RegressionFactory;
import org.tribuo.regression.Regressor;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

/**
 * Trains the latency models: splits the samples by candidate (no parameter set is in both train and test, so the
 * holdout measures generalisation to unseen parameter sets), trains every {@link Algorithm} on the training part,
 * scores each on the holdout part and keeps the one with the lowest mean RMSE. Targets are natural logs of
 * microseconds (prove per attempt, see {@link LatencyModel}); metrics are on ln of the whole prove and
 * verify time, so an RMSE of 0.1 means predictions typically within about 10%.
 */
public class ModelTrainer {
    public static final int MIN_CANDIDATES = 5;
    private static final DateTimeFormatter ID_TIME =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    /** Tribuo logs every ensemble member at INFO through java.util.logging; keep the reference so the level sticks. */
    private static final java.util.logging.Logger TRIBUO_LOG = quietTribuo();
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ModelTrainer.class);

    private final RegressionFactory factory = new RegressionFactory();
    private final Clock clock;
    private final double testFraction;
    private final List<Algorithm> algorithms;

    public ModelTrainer(Clock clock, double testFraction, List<Algorithm> algorithms) {
        if (testFraction <= 0 || testFraction >= 1) {
            throw new IllegalArgumentException("testFraction must be in (0, 1)");
        }
        this.clock = clock;
        this.testFraction = testFraction;
        this.algorithms = List.copyOf(algorithms);
    }

    /** Every algorithm's holdout score, and the winner as a servable model. */
    public record Outcome(LatencyModel best, Map<Algorithm, HoldoutMetrics> scores) {
    }

    /** Which candidates the holdout set holds. */
    public record Split(List<Sample> train, List<Sample> test, Set<String> testCandidates, int trainCandidates) {
    }

    private static java.util.logging.Logger quietTribuo() {
        java.util.logging.Logger logger = java.util.logging.Logger.getLogger("org.tribuo");
        logger.setLevel(java.util.logging.Level.WARNING);
        return logger;
    }

    public Split split(List<Sample> samples, long seed) {
        Map<String, List<Sample>> byCandidate = new TreeMap<>();
        for (Sample sample : samples) {
            // samples from older builds (median labels, no attempts) would mix statistics in one target: left out
            if (sample.trainable()) {
                byCandidate.computeIfAbsent(sample.candidateId(), id -> new ArrayList<>()).add(sample);
            }
        }
        if (byCandidate.size() < MIN_CANDIDATES) {
            throw new IllegalArgumentException("training needs measurements of at least " + MIN_CANDIDATES
                    + " parameter sets, got " + byCandidate.size());
        }
        List<String> ids = new ArrayList<>(byCandidate.keySet());
        Collections.shuffle(ids, new Random(seed));
        int testCount = Math.max(1, (int) Math.round(ids.size() * testFraction));
        Set<String> test = new HashSet<>(ids.subList(0, testCount));
        List<Sample> trainSamples = new ArrayList<>();
        List<Sample> testSamples = new ArrayList<>();
        byCandidate.forEach((id, list) -> (test.contains(id) ? testSamples : trainSamples).addAll(list));
        return new Split(trainSamples, testSamples, test, ids.size() - testCount);
    }

    public Outcome train(List<Sample> samples, long seed) {
        return train(samples, seed, null);
    }

    /**
     * As {@link #train(List, long)}, but {@code serving} (when not null, and when it trains) serves whatever the
     * holdout scores say — every algorithm is still trained and scored. The bundle uses it to keep a model whose
     * prediction tables build in seconds: a random forest's take minutes over the search space.
     */
    public Outcome train(List<Sample> samples, long seed, Algorithm serving) {
        Split split = split(samples, seed);
        MutableDataset<Regressor> train = dataset(split.train(), "train");
        Instant trainedAt = clock.instant();

        Map<Algorithm, HoldoutMetrics> scores = new TreeMap<>();
        Algorithm bestAlgorithm = null;
        Model<Regressor> bestModel = null;
        Model<Regressor> servingModel = null;
        for (Algorithm algorithm : algorithms) {
            Model<Regressor> model;
            try {
                model = algorithm.trainer(seed).train(train);
            } catch (RuntimeException e) {
                // a trainer that cannot cope with this data must not sink the others
                LOG.warn("Skipping {}: training failed: {}", algorithm.label(), e.toString());
                continue;
            }
            HoldoutMetrics holdout = evaluate(model, split.test());
            scores.put(algorithm, holdout);
            if (bestModel == null || holdout.meanRmse() < scores.get(bestAlgorithm).meanRmse()) {
                bestAlgorithm = algorithm;
                bestModel = model;
            }
            if (algorithm == serving) {
                servingModel = model;
            }
        }
        if (bestModel == null) {
            throw new IllegalStateException("every algorithm failed to train; see the log");
        }
        if (servingModel != null) {
            bestAlgorithm = serving;
            bestModel = servingModel;
        }
        String id = bestAlgorithm.label() + "-" + ID_TIME.format(trainedAt) + "-" + Long.toHexString(seed & 0xffff);
        ModelInfo info = new ModelInfo(id, bestAlgorithm.label(), trainedAt, split.train().size() + split.test().size(),
                split.trainCandidates(), split.testCandidates().size(), scores.get(bestAlgorithm), Features.NAMES,
                "trained", ProvenanceUtil.formattedProvenanceString(bestModel.getProvenance()));
        return new Outcome(new LatencyModel(bestModel, info), scores);
    }

    /**
     * Holdout metrics on the scale users care about: ln of the whole expected prove time (per-attempt prediction ×
     * the expected attempts, against the measured per-attempt cost × the same expectation; see
     * {@link Sample#expectedProveMicros}) and ln of the verify time, against the measured values — so models with different target
     * decompositions stay comparable, and the figures are not flattered by the closed-form part.
     */
    public HoldoutMetrics evaluate(Model<Regressor> model, List<Sample> samples) {
        String[] names = Features.names();
        int count = samples.size();
        double[] measuredProve = new double[count];
        double[] predictedProve = new double[count];
        double[] measuredVerify = new double[count];
        double[] predictedVerify = new double[count];
        for (int i = 0; i < count; i++) {
            Sample sample = samples.get(i);
            LatencyPrediction p = LatencyModel.predict(model, names, sample.parameters(), proofType(sample),
                    sample.witnessLength(), Math.log(sample.expectedAttempts()));
            measuredProve[i] = Math.log(sample.expectedProveMicros());
            predictedProve[i] = Math.log(p.proveMicros());
            measuredVerify[i] = Math.log(sample.verifyMicros());
            predictedVerify[i] = Math.log(p.verifyMicros());
        }
        return new HoldoutMetrics(metrics(measuredProve, predictedProve), metrics(measuredVerify, predictedVerify), count);
    }

    static TargetMetrics metrics(double[] measured, double[] predicted) {
        double mean = java.util.Arrays.stream(measured).average().orElse(0);
        double squared = 0;
        double absolute = 0;
        double total = 0;
        for (int i = 0; i < measured.length; i++) {
            double error = predicted[i] - measured[i];
            squared += error * error;
            absolute += Math.abs(error);
            total += (measured[i] - mean) * (measured[i] - mean);
        }
        int n = Math.max(1, measured.length);
        return new TargetMetrics(Math.sqrt(squared / n), absolute / n, total == 0 ? 0 : 1 - squared / total);
    }

    private static ProofType proofType(Sample sample) {
        return ProofType.fromWireName(sample.proofType())
                .orElseThrow(() -> new IllegalArgumentException("unknown proof type in dataset: " + sample.proofType()));
    }

    private MutableDataset<Regressor> dataset(List<Sample> samples, String role) {
        MutableDataset<Regressor> dataset = new MutableDataset<>(
                new SimpleDataSourceProvenance("crypto-service benchmark samples (" + role + ")", factory), factory);
        String[] names = Features.names();
        String[] outputs = {LatencyModel.LOG_PROVE_PER_ATTEMPT, LatencyModel.LOG_VERIFY};
        List<double[]> rows = new ArrayList<>(samples.size());
        for (Sample sample : samples) {
            rows.add(Features.of(sample.parameters(), proofType(sample), sample.witnessLength(),
                    Math.log(sample.expectedAttempts())));
        }
        int[] varying = varyingColumns(rows, names.length);
        String[] kept = java.util.Arrays.stream(varying).mapToObj(i -> names[i]).toArray(String[]::new);
        for (int i = 0; i < samples.size(); i++) {
            Sample sample = samples.get(i);
            double[] row = rows.get(i);
            Regressor target = new Regressor(outputs,
                    new double[] {Math.log(sample.perAttemptProveMicros()), Math.log(sample.verifyMicros())});
            dataset.add(new ArrayExample<>(target, kept, java.util.Arrays.stream(varying).mapToDouble(c -> row[c]).toArray()));
        }
        return dataset;
    }

    /**
     * Columns that take more than one value in these rows. A constant column carries no information, and Tribuo's
     * least-squares trainer cannot standardise it (it divides by its zero spread), so it is left out of training;
     * at prediction Tribuo ignores features the model never saw. (A training job over one proof type, or witness
     * lengths that all fit one ring element, makes whole columns constant.)
     */
    private static int[] varyingColumns(List<double[]> rows, int width) {
        return java.util.stream.IntStream.range(0, width)
                .filter(c -> rows.stream().mapToDouble(r -> r[c]).distinct().limit(2).count() > 1)
                .toArray();
    }
}
