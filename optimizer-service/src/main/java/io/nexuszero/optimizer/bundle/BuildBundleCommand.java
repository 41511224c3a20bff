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
import io.nexuszero.optimizer.core.model.Algorithm;
import io.nexuszero.optimizer.core.model.LatencyModel;
import io.nexuszero.optimizer.core.model.ModelTrainer;
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
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code java -jar optimizer-service.jar build-bundle config.yml --out DIR}: measures the default dataset against a
 * running crypto-service ({@code cryptoService.url}) and writes what the jar bundles: the evaluated search space,
 * the samples, the model trained on them, and a validation report (holdout metrics, regret, audit of the request
 * grid against crypto-service's estimator). Measured samples are appended to DIR/dataset.jsonl as they arrive and
 * reused by a re-run, so an interrupted build resumes.
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
        subparser.addArgument("--linear-relation-max-length").type(Integer.class).setDefault(4)
                .help("longest linear-relation witness to measure (its proofs slow down steeply with L)");
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
        List<TrainingDesign.Point> points = design.points(design.select(new SearchSpace(snapshot)));

        DatasetStore dataset = new DatasetStore(out, json);
        Set<String> done = new HashSet<>();
        for (Sample sample : dataset.collected()) {
            done.add(key(sample.candidateId(), sample.proofType(), sample.witnessLength()));
        }
        SampleCollector collector = new SampleCollector(client, clock);
        int measured = 0;
        for (TrainingDesign.Point point : points) {
            if (done.contains(key(point.candidate().id(), point.proofType().wireName(), point.witnessLength()))) {
                continue;
            }
            Sample sample;
            try {
                sample = collector.measure(point.candidate(), point.proofType(), point.witnessLength(),
                        design.iterations(), info.version());
            } catch (io.nexuszero.optimizer.client.CryptoServiceException e) {
                if (!SampleCollector.refusedPoint(e)) {
                    throw e;
                }
                System.out.println("skipped " + point.candidate().id() + " " + point.proofType().wireName()
                        + " L=" + point.witnessLength() + ": " + e.getMessage());
                continue;
            }
            dataset.append(sample);
            measured++;
            System.out.printf("[%d/%d] %s %s L=%d prove %.0f µs verify %.0f µs%n", done.size() + measured, points.size(),
                    sample.candidateId(), sample.proofType(), sample.witnessLength(), sample.proveMicros(),
                    sample.verifyMicros());
        }

        List<Sample> samples = dataset.collected();
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
                .validate(snapshot, model, samples, trainer.split(samples, seed), outcome, info.version());
        AtomicFiles.write(out.resolve("validation.json"), stream ->
                json.writerWithDefaultPrettyPrinter().writeValue(stream, report));
        System.out.println(report.summary());
    }

    private static String key(String candidateId, String proofType, int witnessLength) {
        return candidateId + "|" + proofType + "|" + witnessLength;
    }
}
