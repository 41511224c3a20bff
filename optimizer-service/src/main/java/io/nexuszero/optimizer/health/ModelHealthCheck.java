package io.nexuszero.optimizer.health;

import com.codahale.metrics.health.HealthCheck;
import io.nexuszero.optimizer.core.model.LatencyModel;
import io.nexuszero.optimizer.core.model.ModelRegistry;
import io.nexuszero.optimizer.core.space.SearchSpaceService;

import java.util.Optional;

/**
 * Can the service recommend? It can when a model serves and the search space holds candidates. Unhealthy otherwise:
 * with neither a bundled nor a trained model, /v1/optimize can only answer 503, and readiness should say so.
 */
public class ModelHealthCheck extends HealthCheck {
    private final ModelRegistry registry;
    private final SearchSpaceService searchSpace;

    public ModelHealthCheck(ModelRegistry registry, SearchSpaceService searchSpace) {
        this.registry = registry;
        this.searchSpace = searchSpace;
    }

    @Override
    protected Result check() {
        Optional<LatencyModel> model = registry.current();
        int candidates = searchSpace.current().size();
        if (model.isEmpty()) {
            return Result.unhealthy("no model: train one with POST /v1/training-jobs");
        }
        if (candidates == 0) {
            return Result.unhealthy("the search space is empty: crypto-service has not been reached yet");
        }
        return Result.builder().healthy()
                .withMessage("model " + model.get().id() + " serving over " + candidates + " candidates")
                .withDetail("model", model.get().id())
                .withDetail("candidates", candidates)
                .build();
    }
}
