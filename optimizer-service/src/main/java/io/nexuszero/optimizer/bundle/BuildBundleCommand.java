package io.nexuszero.optimizer.bundle;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.dropwizard.core.cli.ConfiguredCommand;
import io.dropwizard.core.setup.Bootstrap;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.nexuszero.optimizer.OptimizerConfiguration;
import io.nexuszero.optimizer.api.ModelInfo;
import io.nexuszero.optimizer.api.ProofType;
import io.nexuszero.optimizer.client.CryptoServiceClient;
import io.nexuszero.optimizer.client.ServiceInfo;
import io.nexuszero.optimizer.core.AtomicFiles;
import io.nexuszero.optimizer.core.dataset.DatasetStore;
import io.nexuszero.optimizer.core.dataset.Sample;
import io.nexuszero.optimizer.core.dataset.SampleCollector;
import io.nexuszero.optimizer.core.dataset.SpeedReference;
import io.nexuszero.optimizer.core.model.LatencyModel;
import io.nexuszero.optimizer.core.model.Algorithm;
import io.nexuszero.optimizer.core.model.ModelTrainer;
import io.nexuszero.optimizer.core.space.Candidate;
import io.nexuszero.optimizer.core.space.SearchSpace;
import io.nexuszero.optimizer.core.space.SearchSpaceEvaluator;
import io.nexuszero.optimizer.core.space.SearchSpaceSnapshot;
import io.nexuszero.optimizer.core.space.SearchSpaceStore;
import io.nexuszero.optimizer.jobs.TrainingDesign;
import net.sourceforge.argparse4j.inf.Namespace;
import net.sourceforge.argparse4j.inf.Subparser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * {@code java -jar optimizer-service.jar build-bundle config.yml --out DIR}: measures the default dataset against a
 * running crypto-service ({@code cryptoService.url}) and writes what the jar bundles: the evaluated search space,
 * the samples, the model trained on them, and a validation report (holdout metrics, regret, audit of the request
 * grid against crypto-service's estimator). Measured samples are appended to DIR/dataset.jsonl as they arrive and
 * reused by a re-run, so an interrupted build resumes.
 * <p>
 * {@code --validation-candidates N} also measures N further parameter sets (disjoint from the training design) into
 * DIR/validation/dataset.jsonl; the model never sees them, and regret is computed on them. All points — training
 * and validation — are measured in one seeded random order, so drifting machine load spreads over every candidate
 * instead of hitting whichever came last (and an interrupted run leaves an unbiased subsample).
 */
public class BuildBundleCommand extends ConfiguredCommand<OptimizerConfiguration> {

    public BuildBundleCommand() {
        super("build-bundle", "Measure the default dataset against crypto-service and write the bundled model");
    }

    @Override
    public void configure(Subparser subparser) {
        super.configure(subparser);
        subparser.addArgument("--out").required(true).help("output directory, e.g. src/main/resources/bundled");
        subparser.addArgument("--candidates").type(Integer.class).setDefault(40).help("parameter sets to measure");
        subparser.addArgument("--witness-lengths").setDefault("1,16,256").help("comma-separated witness lengths");
        subparser.addArgument("--iterations").type(Integer.class).setDefault(5).help("benchmark iterations per point");
        subparser.addArgument("--seed").type(Long.class).setDefault(20261127L).help("sampling and training seed");
        subparser.addArgument("--linear-relation-max-length").type(Integer.class).setDefault(4096)
                .help("longest linear-relation witness to measure (format 2: one commitment, cost grows with ceil(L/n))");
        subparser.addArgument("--range-witness-lengths").setDefault("1,16,32,64,256")
                .help("comma-separated witness lengths for range (chunks of at most 32 values, each its own rejection"
                        + " loop: 1, 16 and 32 are one chunk, 64/256 are 2/8; lengths a parameter set cannot prove are"
                        + " skipped)");
        subparser.addArgument("--validation-candidates").type(Integer.class).setDefault(0)
                .help("further parameter sets measured only to validate regret (never trained on)");
        subparser.addArgument("--max-expected-attempts").type(Double.class).setDefault(300.0)
                .help("skip points whose proof expects more rejection-sampling attempts (one benchmark could take minutes)");
        subparser.addArgument("--min-iterations").type(Integer.class).setDefault(5)
                .help("fewest iterations for a point with many expected attempts (see --iterations)");
        subparser.addArgument("--serving-algorithm").choices(Algorithm.labels())
                .help("the algorithm whose model the bundle serves (all are trained and scored); default: the lowest"
                        + " holdout RMSE");
        subparser.addArgument("--train-only").action(net.sourceforge.argparse4j.impl.Arguments.storeTrue())
                .help("measure nothing: retrain and validate on the samples already in --out (e.g. after a feature change)");
        subparser.addArgument("--min-security-bits").type(Double.class).setDefault(100.0)
                .help("only measure candidates at least this secure");
    }

    @Override
    protected void run(Bootstrap<OptimizerConfiguration> bootstrap, Namespace namespace,
                       OptimizerConfiguration configuration) throws Exception {
        Build build = Build.start(bootstrap, namespace, configuration);
        SearchSpaceSnapshot snapshot = evaluateSearchSpace(build, configuration);
        TrainingDesign design = design(namespace);
        List<Planned> plan = plan(build, namespace, design, new SearchSpace(snapshot));
        if (!namespace.getBoolean("train_only")) {
            measure(build, plan, design, namespace.getInt("min_iterations"));
        }
        Normalised normalised = normalise(build);
        ModelTrainer trainer = configuration.getTraining().buildTrainer(build.clock());
        String serving = namespace.getString("serving_algorithm");
        ModelTrainer.Outcome outcome = trainer.train(normalised.samples(), design.seed(),
                serving == null ? null : Algorithm.fromLabel(serving));
        LatencyModel model = writeModel(build, outcome);
        ValidationReport report = new BundleValidation(build.client(), build.json(), build.clock())
                .validate(snapshot, model, normalised.samples(), trainer.split(normalised.samples(), design.seed()),
                        normalised.validation(), outcome, build.info().version());
        AtomicFiles.write(build.out().resolve("validation.json"), stream ->
                build.json().writerWithDefaultPrettyPrinter().writeValue(stream, report));
        System.out.println(report.summary());
    }

    /** What every step works with: the output directory, its two datasets, and the crypto-service it measures. */
    private record Build(ObjectMapper json, Path out, Clock clock, CryptoServiceClient client, ServiceInfo info,
                         long startNanos, DatasetStore dataset, DatasetStore validationSet) {

        static Build start(Bootstrap<OptimizerConfiguration> bootstrap, Namespace namespace,
                           OptimizerConfiguration configuration) throws Exception {
            ObjectMapper json = bootstrap.getObjectMapper().copy().disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
            Path out = Path.of(namespace.getString("out"));
            Files.createDirectories(out);
            CryptoServiceClient client = configuration.getCryptoService().buildClient(json, new SimpleMeterRegistry());
            ServiceInfo info = client.info();
            System.out.println("crypto-service " + info.version() + " at " + client.baseUri());
            return new Build(json, out, Clock.systemUTC(), client, info, System.nanoTime(), new DatasetStore(out, json),
                    new DatasetStore(out.resolve("validation"), json));
        }

        double elapsedSeconds() {
            return (System.nanoTime() - startNanos) / 1e9;
        }
    }

    /** Evaluate: crypto-service checks every candidate of the grid; the valid ones are bundled as the search space. */
    private static SearchSpaceSnapshot evaluateSearchSpace(Build build, OptimizerConfiguration configuration)
            throws Exception {
        SearchSpaceSnapshot snapshot = new SearchSpaceEvaluator(build.client(), build.clock())
                .evaluate(configuration.getSearchSpace().grid(), build.info().version());
        SearchSpaceStore.writeBundled(snapshot, build.out().resolve("search-space.json.gz"), build.json());
        System.out.printf("search space: %d of %d candidates valid (%.1f s)%n", snapshot.candidates().size(),
                snapshot.evaluatedCount(), build.elapsedSeconds());
        return snapshot;
    }

    private static TrainingDesign design(Namespace namespace) {
        return new TrainingDesign(namespace.getInt("candidates"), List.of(ProofType.values()),
                lengths(namespace, "witness_lengths"), namespace.getInt("iterations"), namespace.getLong("seed"),
                namespace.getDouble("min_security_bits"),
                java.util.Map.of(ProofType.LINEAR_RELATION.wireName(), namespace.getInt("linear_relation_max_length")),
                java.util.Map.of(ProofType.RANGE.wireName(), lengths(namespace, "range_witness_lengths")));
    }

    private static List<Integer> lengths(Namespace namespace, String argument) {
        return List.of(namespace.getString(argument).split(",")).stream().map(String::trim).map(Integer::parseInt)
                .toList();
    }

    /** Plan: training and validation points in one seeded random order, without those that would take too long. */
    private static List<Planned> plan(Build build, Namespace namespace, TrainingDesign design, SearchSpace space) {
        List<Candidate> trainingCandidates = design.select(space);
        List<Candidate> validationCandidates = validationCandidates(design, space, trainingCandidates,
                namespace.getInt("validation_candidates"));
        List<Planned> plan = new ArrayList<>();
        design.points(trainingCandidates).forEach(point -> plan.add(new Planned(point, build.dataset())));
        design.points(validationCandidates).forEach(point -> plan.add(new Planned(point, build.validationSet())));
        Collections.shuffle(plan, new Random(design.seed()));   // interleaved: load drift spreads over every candidate
        double maxAttempts = namespace.getDouble("max_expected_attempts");
        int beyondCap = plan.size();
        plan.removeIf(planned -> planned.point().expectedAttempts() > maxAttempts);
        beyondCap -= plan.size();
        System.out.printf("%d points planned; %d more not measured: over %.0f expected attempts%n", plan.size(),
                beyondCap, maxAttempts);
        return plan;
    }

    /** Resume and measure: every planned point not yet in either dataset is benchmarked and appended at once. */
    private static void measure(Build build, List<Planned> plan, TrainingDesign design, int minIterations)
            throws Exception {
        Set<String> done = measuredPoints(build);
        SampleCollector collector = new SampleCollector(build.client(), build.clock());
        int measured = 0;
        int previously = done.size();
        for (Planned planned : plan) {
            TrainingDesign.Point point = planned.point();
            if (done.contains(key(point.candidate().id(), point.proofType().wireName(), point.witnessLength()))) {
                continue;
            }
            Sample sample;
            try {
                sample = collector.measure(point.candidate(), point.proofType(), point.witnessLength(),
                        TrainingDesign.iterations(design.iterations(), minIterations, point.expectedAttempts()),
                        build.info().version());
            } catch (io.nexuszero.optimizer.client.CryptoServiceException e) {
                if (!SampleCollector.refusedPoint(e)) {
                    throw e;
                }
                System.out.println("skipped " + point.candidate().id() + " " + point.proofType().wireName()
                        + " L=" + point.witnessLength() + ": " + e.getMessage());
                continue;
            }
            planned.store().append(sample);
            measured++;
            System.out.printf("[%d/%d %.0f s] %s%s %s L=%d prove mean %.0f µs verify median %.0f µs%n",
                    previously + measured, plan.size(), build.elapsedSeconds(),
                    planned.store() == build.validationSet() ? "validation " : "", sample.candidateId(),
                    sample.proofType(), sample.witnessLength(), sample.proveMicros(), sample.verifyMicros());
        }
    }

    /** The points an earlier, interrupted run already measured (in either dataset). */
    private static Set<String> measuredPoints(Build build) throws Exception {
        Set<String> done = new HashSet<>();
        for (Sample sample : build.dataset().collected()) {
            done.add(key(sample.candidateId(), sample.proofType(), sample.witnessLength()));
        }
        for (Sample sample : build.validationSet().collected()) {
            done.add(key(sample.candidateId(), sample.proofType(), sample.witnessLength()));
        }
        return done;
    }

    /** Training and validation samples at the dataset's median machine speed (see SpeedReference). */
    private record Normalised(List<Sample> samples, List<Sample> validation) {
    }

    /** Normalise: times at the dataset's median machine speed; validation on the same scale. */
    private static Normalised normalise(Build build) throws Exception {
        List<Sample> raw = build.dataset().collected();
        double typicalReference = SpeedReference.medianReference(raw);
        List<Sample> rawValidation = build.validationSet().collected();
        List<Sample> timeline = new ArrayList<>(raw);
        timeline.addAll(rawValidation);   // measured interleaved: one timeline of machine speed for both
        System.out.printf("speed reference: median %.1f µs%s%n", typicalReference,
                Double.isNaN(typicalReference) ? " (some samples lack one: times left as measured)" : "");
        return new Normalised(SpeedReference.normalize(raw, typicalReference, timeline),
                SpeedReference.normalize(rawValidation, typicalReference, timeline));
    }

    /** Write: the best model, renamed as the bundled one, with every algorithm's holdout scores printed. */
    private static LatencyModel writeModel(Build build, ModelTrainer.Outcome outcome) throws Exception {
        ModelInfo trained = outcome.best().info();
        ModelInfo bundled = new ModelInfo("bundled-" + trained.id(), trained.algorithm(), trained.trainedAt(),
                trained.sampleCount(), trained.trainCandidates(), trained.testCandidates(), trained.holdout(),
                trained.features(), "bundled", trained.provenance());
        LatencyModel model = new LatencyModel(outcome.best().tribuoModel(), bundled);
        AtomicFiles.write(build.out().resolve("model.tribuo"), stream -> model.tribuoModel().serializeToStream(stream));
        AtomicFiles.write(build.out().resolve("model.json"), stream -> build.json().writeValue(stream, bundled));
        outcome.scores().forEach((algorithm, holdout) -> System.out.printf(
                "%-14s holdout prove RMSE %.3f MAE %.3f R² %.3f | verify RMSE %.3f MAE %.3f R² %.3f%n", algorithm.label(),
                holdout.prove().rmse(), holdout.prove().mae(), holdout.prove().r2(),
                holdout.verify().rmse(), holdout.verify().mae(), holdout.verify().r2()));
        System.out.println("serving model: " + bundled.id());
        return model;
    }

    /** One point to measure and the dataset it belongs to (training or validation). */
    private record Planned(TrainingDesign.Point point, DatasetStore store) {
    }

    /** {@code count} parameter sets drawn like the training design (another seed), none of them a training one. */
    private static List<Candidate> validationCandidates(TrainingDesign design, SearchSpace space,
                                                        List<Candidate> training, int count) {
        if (count <= 0) {
            return List.of();
        }
        Set<String> trainingIds = new HashSet<>();
        training.forEach(c -> trainingIds.add(c.id()));
        TrainingDesign wider = new TrainingDesign(count + training.size(), design.proofTypes(), design.witnessLengths(),
                design.iterations(), design.seed() ^ 0x5eed_ba5eL, design.minSecurityBits(), design.lengthCaps(),
                design.typeLengths());
        return wider.select(space).stream().filter(c -> !trainingIds.contains(c.id())).limit(count).toList();
    }

    private static String key(String candidateId, String proofType, int witnessLength) {
        return candidateId + "|" + proofType + "|" + witnessLength;
    }
}
