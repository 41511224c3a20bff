package io.nexuszero.optimizer.bundle;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.nexuszero.optimizer.api.HoldoutMetrics;
import io.nexuszero.optimizer.client.CryptoServiceClient;
import io.nexuszero.optimizer.client.CryptoServiceException;
import io.nexuszero.optimizer.core.dataset.Sample;
import io.nexuszero.optimizer.core.model.Algorithm;
import io.nexuszero.optimizer.core.model.LatencyModel;
import io.nexuszero.optimizer.core.model.ModelRegistry;
import io.nexuszero.optimizer.core.model.ModelStore;
import io.nexuszero.optimizer.core.model.ModelTrainer;
import io.nexuszero.optimizer.core.recommend.Optimizer;
import io.nexuszero.optimizer.core.recommend.Recommender;
import io.nexuszero.optimizer.core.space.SearchSpace;
import io.nexuszero.optimizer.core.space.SearchSpaceService;
import io.nexuszero.optimizer.core.space.SearchSpaceSnapshot;
import io.nexuszero.optimizer.core.space.SearchSpaceStore;
import io.nexuszero.optimizer.core.validation.RecommendationAudit;
import io.nexuszero.optimizer.core.validation.RegretEvaluator;
import io.nexuszero.optimizer.core.validation.RequestGrid;
import io.nexuszero.optimizer.metrics.InferenceMetrics;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Validates a freshly built model: regret on real measurements of parameter sets it never trained on (the fresh
 * validation set, or else the holdout split), and every recommendation of
 * the request grid re-checked with crypto-service's estimator.
 */
public class BundleValidation {
    private final CryptoServiceClient client;
    private final ObjectMapper json;
    private final Clock clock;

    public BundleValidation(CryptoServiceClient client, ObjectMapper json, Clock clock) {
        this.client = client;
        this.json = json;
        this.clock = clock;
    }

    public ValidationReport validate(SearchSpaceSnapshot snapshot, LatencyModel model, List<Sample> samples,
                                     ModelTrainer.Split split, List<Sample> validation, ModelTrainer.Outcome outcome,
                                     String version)
            throws IOException, CryptoServiceException {
        SearchSpace space = new SearchSpace(snapshot);
        // Regret on the fresh validation set when one was measured; otherwise on the holdout split's measurements.
        List<Sample> regretSet = validation.isEmpty() ? split.test() : validation;
        String regretSource = validation.isEmpty() ? "holdout split" : "fresh validation set";
        RegretEvaluator.Result regret = new RegretEvaluator().evaluate(model, regretSet,
                id -> space.find(id).orElse(null), RequestGrid.LEVELS, RequestGrid.OBJECTIVES);
        List<RegretEvaluator.Case> worst = regret.cases().stream()
                .sorted(Comparator.comparingDouble(RegretEvaluator.Case::regret).reversed()).limit(10).toList();
        long over = regret.cases().stream().filter(c -> c.regret() > 0.10).count();

        RecommendationAudit.Result audit = new RecommendationAudit(optimizer(snapshot, model), client)
                .run(RequestGrid.requests());

        Map<String, HoldoutMetrics> holdout = new TreeMap<>();
        outcome.scores().forEach((algorithm, metrics) -> holdout.put(algorithm.label(), metrics));
        int candidates = samples.stream().map(Sample::candidateId).collect(Collectors.toCollection(HashSet::new)).size();
        return new ValidationReport(version, clock.instant(), samples.size(), candidates, snapshot.candidates().size(),
                model.id(), holdout,
                new ValidationReport.Regret(regretSource, regretSet.size(),
                        (int) regretSet.stream().map(Sample::candidateId).distinct().count(), regret.cases().size(),
                        regret.maxRegret(), regret.meanRegret(), over, worst),
                new ValidationReport.Audit(audit.requests(), audit.answered(), audit.unanswered(), audit.checked(),
                        audit.violations()));
    }

    /** An optimizer over exactly this snapshot and model, as the service would run it. */
    private Optimizer optimizer(SearchSpaceSnapshot snapshot, LatencyModel model) throws IOException {
        Path scratch = Files.createTempDirectory("optimizer-bundle-validation");
        new SearchSpaceStore(scratch, json).save(snapshot);
        ModelStore store = new ModelStore(scratch, json);
        store.save(model);
        store.markCurrent(model.id());
        SearchSpaceService searchSpace = new SearchSpaceService(null, new SearchSpaceStore(scratch, json), client, clock);
        searchSpace.loadCached();
        ModelRegistry registry = new ModelRegistry(store);
        registry.load();
        InferenceMetrics metrics = new InferenceMetrics(Algorithm.labels());
        metrics.bindTo(new SimpleMeterRegistry());
        return new Optimizer(searchSpace, registry, new Recommender(), metrics);
    }
}
