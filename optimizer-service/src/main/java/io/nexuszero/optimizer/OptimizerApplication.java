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
import io.nexuszero.optimizer.core.recommend.Optimizer;
import io.nexuszero.optimizer.core.recommend.Recommender;
import io.nexuszero.optimizer.core.space.SearchSpaceService;
import io.nexuszero.optimizer.core.space.SearchSpaceStore;
import io.nexuszero.optimizer.health.CryptoServiceHealthCheck;
import io.nexuszero.optimizer.health.ModelHealthCheck;
import io.nexuszero.optimizer.jobs.PredictionWarmer;
import io.nexuszero.optimizer.jobs.TrainingJobManager;
import io.nexuszero.optimizer.jobs.TrainingJobRunner;
import io.nexuszero.optimizer.metrics.DatasetMetrics;
import io.nexuszero.optimizer.metrics.InferenceMetrics;
import io.nexuszero.optimizer.metrics.TrainingMetrics;
import io.nexuszero.optimizer.resources.ModelsResource;
import io.nexuszero.optimizer.resources.OptimizeResource;
import io.nexuszero.optimizer.resources.TrainingJobsResource;
import java.nio.file.Path;
import java.time.Clock;

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
        TrainingMetrics trainingMetrics = nexusZero.bind(new TrainingMetrics(Algorithm.labels()));

        CryptoServiceClient client = configuration.getCryptoService().buildClient(json, nexusZero.meterRegistry());
        SearchSpaceService searchSpace = configuration.getSearchSpace()
                .buildService(new SearchSpaceStore(data, json), client, clock);
        searchSpace.loadCached();
        ModelRegistry models = new ModelRegistry(new ModelStore(data, json));
        Optimizer optimizer = new Optimizer(searchSpace, models, new Recommender(),
                nexusZero.bind(new InferenceMetrics(Algorithm.labels())));
        DatasetStore dataset = new DatasetStore(data, json);
        TrainingJobManager jobs = new TrainingJobManager(new TrainingJobRunner(client, searchSpace, dataset,
                configuration.getTraining().buildTrainer(clock), models, trainingMetrics, clock), trainingMetrics, clock);
        int bundledSamples = dataset.bundled().size();
        nexusZero.bind(new DatasetMetrics(() -> bundledSamples, dataset::collectedCount,
                () -> searchSpace.current().size()));

        // Prediction tables are recomputed in the background whenever the model or the search space changes.
        PredictionWarmer warmer = new PredictionWarmer(optimizer::warmUp);
        models.onChange(model -> trainingMetrics.recordHoldout(model.info().algorithm(), model.info().holdout()));
        models.onChange(model -> warmer.request());
        searchSpace.onChange(warmer::request);
        models.load();

        environment.lifecycle().manage(jobs);
        environment.lifecycle().manage(configuration.getSearchSpace().buildRefresher(searchSpace));
        environment.lifecycle().manage(warmer);
        environment.jersey().register(new OptimizeResource(optimizer));
        environment.jersey().register(new ModelsResource(models));
        environment.jersey().register(new TrainingJobsResource(jobs, configuration.getTraining().defaults()));
        OpenApiResource.register(environment, SERVICE_NAME, "Recommends lattice parameters from measured models");
        environment.healthChecks().register("crypto-service", new CryptoServiceHealthCheck(client, searchSpace,
                configuration.getCryptoService().getHealthTimeout().toJavaDuration()));
        environment.healthChecks().register("model", new ModelHealthCheck(models, searchSpace));
    }
}
