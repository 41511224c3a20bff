package io.nexuszero.optimizer.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.dropwizard.jackson.Jackson;
import io.nexuszero.optimizer.core.model.Algorithm;
import io.nexuszero.optimizer.core.model.LatencyModel;
import io.nexuszero.optimizer.core.model.ModelStore;
import io.nexuszero.optimizer.core.model.ModelTrainer;
import io.nexuszero.optimizer.core.space.SearchSpaceSnapshot;
import io.nexuszero.optimizer.core.space.SearchSpaceStore;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * Seeds a data directory with a TEST-ONLY search space and a model trained on {@link SyntheticData}, as a previous run
 * of the service would have left it: for HTTP tests of optimizer logic without crypto-service.
 */
public final class DataDirFixture {
    public static final ObjectMapper JSON = Jackson.newObjectMapper().disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static LatencyModel cachedModel;

    private DataDirFixture() {
    }

    public static synchronized LatencyModel model() {
        if (cachedModel == null) {
            SearchSpaceSnapshot snapshot = snapshot();
            cachedModel = new ModelTrainer(Clock.systemUTC(), 0.25, List.of(Algorithm.CART))
                    .train(SyntheticData.samples(snapshot, List.of(1, 16, 256), 11), 11).best();
        }
        return cachedModel;
    }

    public static SearchSpaceSnapshot snapshot() {
        return SyntheticData.snapshot(SyntheticData.smallGrid());
    }

    public static Path seed() {
        try {
            Path dir = Files.createTempDirectory("optimizer-data");
            new SearchSpaceStore(dir, JSON).save(snapshot());
            ModelStore store = new ModelStore(dir, JSON);
            store.save(model());
            store.markCurrent(model().id());
            return dir;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
