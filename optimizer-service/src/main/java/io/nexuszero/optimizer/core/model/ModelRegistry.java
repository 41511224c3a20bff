package io.nexuszero.optimizer.core.model;

import io.nexuszero.optimizer.api.ModelInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Which model serves. At start: the data directory's current model, else the bundled one (also when the stored
 * file is corrupt: refused with an error log line). A newly trained model is stored, and replaces the current one
 * only if its holdout error (mean RMSE of the log times) is no worse. Swaps are atomic: readers never wait.
 */
public class ModelRegistry {
    private static final Logger LOG = LoggerFactory.getLogger(ModelRegistry.class);

    private final ModelStore store;
    private final AtomicReference<LatencyModel> current = new AtomicReference<>();
    private final List<Consumer<LatencyModel>> listeners = new CopyOnWriteArrayList<>();
    private Optional<LatencyModel> bundled = Optional.empty();

    public ModelRegistry(ModelStore store) {
        this.store = store;
    }

    /** Calls {@code listener} with every model that starts serving, from the next {@link #load} or swap on. */
    public void onChange(Consumer<LatencyModel> listener) {
        listeners.add(listener);
    }

    private void serve(LatencyModel model) {
        current.set(model);
        listeners.forEach(listener -> listener.accept(model));
    }

    public void load() {
        bundled = store.loadBundled();
        LatencyModel chosen = null;
        try {
            Optional<String> id = store.currentId();
            if (id.isPresent()) {
                chosen = store.load(id.get());
                LOG.info("Serving model {} from {}", chosen.id(), store.directory());
            }
        } catch (CorruptModelException e) {
            LOG.error("Refusing corrupt model file: {}; falling back to the bundled model", e.getMessage());
        } catch (IOException | RuntimeException e) {
            LOG.error("Refusing unreadable model in {}: {}; falling back to the bundled model", store.directory(), e.getMessage());
        }
        if (chosen == null && bundled.isPresent()) {
            chosen = bundled.get();
            LOG.info("Serving the bundled model {}", chosen.id());
        }
        if (chosen != null) {
            serve(chosen);
        } else {
            LOG.warn("No model available: /v1/optimize and /v1/predict answer 503 until a training job succeeds");
        }
    }

    public Optional<LatencyModel> current() {
        return Optional.ofNullable(current.get());
    }

    /** Stores the candidate; makes it current when there is none or its holdout error is no worse. */
    public synchronized boolean offer(LatencyModel candidate) throws IOException {
        store.save(candidate);
        LatencyModel serving = current.get();
        boolean promote = serving == null
                || candidate.info().holdout().meanRmse() <= serving.info().holdout().meanRmse();
        if (promote) {
            store.markCurrent(candidate.id());
            serve(candidate);
            LOG.info("Model {} now serves (holdout mean RMSE {})", candidate.id(), candidate.info().holdout().meanRmse());
        } else {
            LOG.info("Model {} kept out of service: holdout mean RMSE {} is worse than {} of {}", candidate.id(),
                    candidate.info().holdout().meanRmse(), serving.info().holdout().meanRmse(), serving.id());
        }
        return promote;
    }

    /** Every known model, newest first: the stored ones and the bundled one. */
    public List<ModelInfo> history() {
        Map<String, ModelInfo> byId = new LinkedHashMap<>();
        try {
            store.list().forEach(info -> byId.put(info.id(), info));
        } catch (IOException e) {
            LOG.warn("Cannot list stored models: {}", e.getMessage());
        }
        bundled.ifPresent(model -> byId.putIfAbsent(model.id(), model.info()));
        List<ModelInfo> all = new ArrayList<>(byId.values());
        all.sort((a, b) -> b.trainedAt().compareTo(a.trainedAt()));
        return all;
    }

    public Optional<ModelInfo> find(String id) {
        return history().stream().filter(info -> info.id().equals(id)).findFirst();
    }
}
