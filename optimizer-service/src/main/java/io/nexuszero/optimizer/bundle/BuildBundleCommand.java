package io.nexuszero.optimizer.bundle;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.dropwizard.core.cli.ConfiguredCommand;
import io.dropwizard.core.setup.Bootstrap;
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
import io.nexuszero.optimizer.core.model.Algorithm;
import io.nexuszero.optimizer.core.model.LatencyModel;
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
                .help("longest linear-relation witness to measure (its proofs slow down steeply with L)");
        subparser.addArgument("--validation-candidates").type(Integer.class).setDefault(0)
                .help("further parameter sets measured only to validate regret (never trained on)");
        subparser.addArgument("--max-expected-attempts").type(Double.class).setDefault(300.0)
                .help("skip points whose proof expects more rejection-sampling attempts (one benchmark could take minutes)");
        subparser.addArgument("--min-iterations").type(Integer.class).setDefault(5)
                .help("fewest iterations for a point with many expected attempts (see --iterations)");
        subparser.addArgument("--train-only").action(net.sourceforge.argparse4j.impl.Arguments.storeTrue())
                .help("measure nothing: retrain and validate on the samples already in --out (e.g. after a feature change)");
        subparser.addArgument("--min-security-bits").type(Double.class).setDefault(100.0)
                .help("only measure candidates at least this secure");
    }

    @Override
    protected void run(Bootstrap<OptimizerConfiguration> bootstrap, Namespace namespace,
                       OptimizerConfiguration configuration) throws Exception {
        ObjectMapper json = bootstrap.getObjectMapper().copy().disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        Path out = Path.of(namespace.getString("out"));
        Files.createDirectories(out);
        Clock clock = Clock.systemUTC();
        CryptoServiceClient client = configuration.getCryptoService().client(json);
        ServiceInfo info = client.info();
        System.out.println("crypto-service " + info.version() + " at " + client.baseUri());

        long start = System.nanoTime();
        SearchSpaceSnapshot snapshot = new SearchSpaceEvaluator(client, clock)
                .evaluate(configuration.getSearchSpace().grid(), info.version());
        SearchSpaceStore.writeBundled(snapshot, out.resolve("search-space.json.gz"), json);
        System.out.printf("search space: %d of %d candidates valid (%.1f s)%n", snapshot.candidates().size(),
                snapshot.evaluatedCount(), (System.nanoTime() - start) / 1e9);

        List<Integer> lengths = List.of(namespace.getString("witness_lengths").split(",")).stream()
                .map(String::trim).map(Integer::parseInt).toList();
        long seed = namespace.getLong("seed");
        TrainingDesign design = new TrainingDesign(namespace.getInt("candidates"), List.of(ProofType.values()), lengths,
                namespace.getInt("iterations"), seed, namespace.getDouble("min_security_bits"),
                java.util.Map.of(ProofType.LINEAR_RELATION.wireName(), namespace.getInt("linear_relation_max_length")));
        SearchSpace space = new SearchSpace(snapshot);
        List<Candidate> trainingCandidates = design.select(space);
        List<Candidate> validationCandidates = validationCandidates(design, space, trainingCandidates,
                namespace.getInt("validation_candidates"));
        DatasetStore dataset = new DatasetStore(out, json);
        DatasetStore validationSet = new DatasetStore(out.resolve("validation"), json);
        List<Planned> plan = new ArrayList<>();
        design.points(trainingCandidates).forEach(point -> plan.add(new Planned(point, dataset)));
        design.points(validationCandidates).forEach(point -> plan.add(new Planned(point, validationSet)));
        Collections.shuffle(plan, new Random(seed));   // interleaved: load drift spreads over every candidate
        double maxAttempts = namespace.getDouble("max_expected_attempts");
        int beyondCap = plan.size();
        plan.removeIf(planned -> planned.point().expectedAttempts() > maxAttempts);
        beyondCap -= plan.size();
        System.out.printf("%d points planned; %d more not measured: over %.0f expected attempts%n", plan.size(),
                beyondCap, maxAttempts);
        int minIterations = namespace.getInt("min_iterations");

        Set<String> done = new HashSet<>();
        for (Sample sample : dataset.collected()) {
            done.add(key(sample.candidateId(), sample.proofType(), sample.witnessLength()));
        }
        for (Sample sample : validationSet.collected()) {
            done.add(key(sample.candidateId(), sample.proofType(), sample.witnessLength()));
        }
        SampleCollector collector = new SampleCollector(client, clock);
        int measured = 0;
        int previously = done.size();
        for (Planned planned : namespace.getBoolean("train_only") ? List.<Planned>of() : plan) {
            TrainingDesign.Point point = planned.point();
            if (done.contains(key(point.candidate().id(), point.proofType().wireName(), point.witnessLength()))) {
                continue;
            }
            Sample sample;
            try {
                sample = collector.measure(point.candidate(), point.proofType(), point.witnessLength(),
                        TrainingDesign.iterations(design.iterations(), minIterations, point.expectedAttempts()),
                        info.version());
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
                    previously + measured, plan.size(), (System.nanoTime() - start) / 1e9,
                    planned.store() == validationSet ? "validation " : "", sample.candidateId(), sample.proofType(),
                    sample.witnessLength(), sample.proveMicros(), sample.verifyMicros());
        }

        // Times at the dataset's median machine speed (see SpeedReference); validation on the same scale.
        List<Sample> raw = dataset.collected();
        double typicalReference = SpeedReference.medianReference(raw);
        List<Sample> rawValidation = validationSet.collected();
        List<Sample> timeline = new ArrayList<>(raw);
        timeline.addAll(rawValidation);   // measured interleaved: one timeline of machine speed for both
        List<Sample> samples = SpeedReference.normalize(raw, typicalReference, timeline);
        List<Sample> validation = SpeedReference.normalize(rawValidation, typicalReference, timeline);
        System.out.printf("speed reference: median %.1f µs%s%n", typicalReference,
                Double.isNaN(typicalReference) ? " (some samples lack one: times left as measured)" : "");
        ModelTrainer trainer = new ModelTrainer(clock, configuration.getTraining().getTestFraction(), List.of(Algorithm.values()));
        ModelTrainer.Outcome outcome = trainer.train(samples, seed);
        ModelInfo trained = outcome.best().info();
        ModelInfo bundled = new ModelInfo("bundled-" + trained.id(), trained.algorithm(), trained.trainedAt(),
                trained.sampleCount(), trained.trainCandidates(), trained.testCandidates(), trained.holdout(),
                trained.features(), "bundled", trained.provenance());
        LatencyModel model = new LatencyModel(outcome.best().tribuoModel(), bundled);
        AtomicFiles.write(out.resolve("model.tribuo"), stream -> model.tribuoModel().serializeToStream(stream));
        AtomicFiles.write(out.resolve("model.json"), stream -> json.writeValue(stream, bundled));
        outcome.scores().forEach((algorithm, holdout) -> System.out.printf(
                "%-14s holdout prove RMSE %.3f MAE %.3f R² %.3f | verify RMSE %.3f MAE %.3f R² %.3f%n", algorithm.label(),
                holdout.prove().rmse(), holdout.prove().mae(), holdout.prove().r2(),
                holdout.verify().rmse(), holdout.verify().mae(), holdout.verify().r2()));
        System.out.println("serving model: " + bundled.id());

        ValidationReport report = new BundleValidation(client, json, clock)
                .validate(snapshot, model, samples, trainer.split(samples, seed), validation, outcome,
                        info.version());
        AtomicFiles.write(out.resolve("validation.json"), stream ->
                json.writerWithDefaultPrettyPrinter().writeValue(stream, report));
        System.out.println(report.summary());
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
                design.iterations(), design.seed() ^ 0x5eed_ba5eL, design.minSecurityBits(), design.lengthCaps());
        return wider.select(space).stream().filter(c -> !trainingIds.contains(c.id())).limit(count).toList();
    }

    private static String key(String candidateId, String proofType, int witnessLength) {
        return candidateId + "|" + proofType + "|" + witnessLength;
    }
}
