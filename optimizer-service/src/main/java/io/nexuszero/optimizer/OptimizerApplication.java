package io.nexuszero.optimizer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.dropwizard.core.Application;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.core.setup.Environment;
import io.nexuszero.common.NexusZeroBundle;
import io.nexuszero.common.openapi.OpenApiResource;
import io.nexuszero.optimizer.bundle.BuildBundleCommand;
import io.nexuszero.optimizer.client.CryptoServiceClient;
import io.nexuszero.optimizer.core.dataset.DatasetStore;
import io.nexuszero.optimizer.core.model.Algorithm;
import io.nexuszero.optimizer.core.model.ModelRegistry;
import io.nexuszero.optimizer.core.model.ModelStore;
import io.nexuszero.optimizer.core.model.ModelTrainer;
import io.nexuszero.optimizer.core.recommend.Optimizer;
import io.nexuszero.optimizer.core.recommend.Recommender;
import io.nexuszero.optimizer.core.space.SearchSpaceService;
import io.nexuszero.optimizer.core.space.SearchSpaceStore;
import io.nexuszero.optimizer.health.CryptoServiceHealthCheck;
import io.nexuszero.optimizer.health.ModelHealthCheck;
import io.nexuszero.optimizer.jobs.PredictionWarmer;
import io.nexuszero.optimizer.jobs.SearchSpaceRefresher;
import io.nexuszero.optimizer.jobs.TrainingJobManager;
import io.nexuszero.optimizer.jobs.TrainingJobRunner;
import io.nexuszero.optimizer.metrics.OptimizerMetrics;
import io.nexuszero.optimizer.resources.ModelsResource;
import io.nexuszero.optimizer.resources.OptimizeResource;
import io.nexuszero.optimizer.resources.TrainingJobsResource;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * optimizer-service: recommends lattice parameters for a proof type, witness length and security target from models
 * trained on crypto-service's own benchmark measurements, over a search space crypto-service evaluated.
 */
public class OptimizerApplication extends Application<OptimizerConfiguration> {

    public static final String SERVICE_NAME = "optimizer-service";

    private final NexusZeroBundle<OptimizerConfiguration> nexusZero = new NexusZeroBundle<>(SERVICE_NAME);

    public static void main(String[] args) throws Exception {
        new OptimizerApplication().run(args);
    }

    @Override
    public String getName() {
        return SERVICE_NAME;
    }

    @Override
    public void initialize(Bootstrap<OptimizerConfiguration> bootstrap) {
        bootstrap.addBundle(nexusZero);
        bootstrap.addCommand(new BuildBundleCommand());
        bootstrap.getObjectMapper().disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    }

    @Override
    public void run(OptimizerConfiguration configuration, Environment environment) {
        ObjectMapper json = environment.getObjectMapper();
        Path data = configuration.dataPath();
        Clock clock = Clock.systemUTC();
        OptimizerMetrics metrics = new OptimizerMetrics(nexusZero.meterRegistry(),
                java.util.Arrays.stream(Algorithm.values()).map(Algorithm::label).toList());

        CryptoServiceSettings crypto = configuration.getCryptoService();
        CryptoServiceClient client = crypto.client(json);

        SearchSpaceSettings spaceSettings = configuration.getSearchSpace();
        SearchSpaceService searchSpace = new SearchSpaceService(spaceSettings.grid(), new SearchSpaceStore(data, json),
                client, clock);
        searchSpace.loadCached();

        Recommender recommender = new Recommender();
        AtomicReference<Optimizer> optimizerRef = new AtomicReference<>();
        // The warmer starts with the server; a model loaded before then is warmed at start.
        PredictionWarmer warmer = new PredictionWarmer(() -> {
            Optimizer ready = optimizerRef.get();
            if (ready != null) {
                ready.warmUp();
            }
        });
        ModelRegistry models = new ModelRegistry(new ModelStore(data, json), model -> {
            metrics.recordHoldout(model.info().algorithm(), model.info().holdout());
            warmer.request();
        });
        models.load();
        searchSpace.onChange(warmer::request);
        Optimizer optimizer = new Optimizer(searchSpace, models, recommender, metrics);
        optimizerRef.set(optimizer);

        DatasetStore dataset = new DatasetStore(data, json);
        int bundledSamples = dataset.bundled().size();
        metrics.datasetSize("bundled", () -> bundledSamples);
        metrics.datasetSize("collected", dataset::collectedCount);
        metrics.datasetSize("search_space", () -> searchSpace.current().size());
        metrics.registerJobStatuses("succeeded", "failed", "rejected");

        ModelTrainer trainer = new ModelTrainer(clock, configuration.getTraining().getTestFraction(),
                List.of(Algorithm.values()));
        TrainingJobManager jobs = new TrainingJobManager(
                new TrainingJobRunner(client, searchSpace, dataset, trainer, models, metrics, clock), metrics, clock);
        environment.lifecycle().manage(jobs);
        environment.lifecycle().manage(new SearchSpaceRefresher(searchSpace,
                duration(spaceSettings.getRefreshInterval()), duration(spaceSettings.getRetryInterval())));

        environment.lifecycle().manage(warmer);
        environment.jersey().register(new OptimizeResource(optimizer));
        environment.jersey().register(new ModelsResource(models));
        environment.jersey().register(new TrainingJobsResource(jobs, configuration.getTraining().defaults()));
        OpenApiResource.register(environment, SERVICE_NAME, "Recommends lattice parameters from measured models");

        environment.healthChecks().register("crypto-service",
                new CryptoServiceHealthCheck(client, searchSpace, duration(crypto.getHealthTimeout())));
        environment.healthChecks().register("model", new ModelHealthCheck(models, searchSpace));
    }

    private static Duration duration(io.dropwizard.util.Duration duration) {
        return Duration.ofMillis(duration.toMilliseconds());
    }
}
