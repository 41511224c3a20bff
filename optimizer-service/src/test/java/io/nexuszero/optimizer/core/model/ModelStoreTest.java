package io.nexuszero.optimizer.core.model;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.dropwizard.jackson.Jackson;
import io.nexuszero.optimizer.api.HoldoutMetrics;
import io.nexuszero.optimizer.api.ModelInfo;
import io.nexuszero.optimizer.api.TargetMetrics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ModelStoreTest {
    private final ObjectMapper json = Jackson.newObjectMapper().disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @TempDir
    Path data;

    @Test
    void roundTripsThroughTribuosProtobufFormat() throws Exception {
        LatencyModel model = ModelTrainerTest.outcome().best();
        ModelStore store = new ModelStore(data, json);
        store.save(model);
        store.markCurrent(model.id());

        assertThat(Files.readAllBytes(store.modelFile(model.id()))).isNotEmpty();
        LatencyModel loaded = store.load(store.currentId().orElseThrow());
        assertThat(loaded.info()).isEqualTo(model.info());
        var params = new io.nexuszero.optimizer.api.LatticeParameters(512, 268435313, 3, 3, "cbd", 2, 23, 131072);
        assertThat(loaded.predict(params, io.nexuszero.optimizer.api.ProofType.COMMITMENT_OPENING, 16, 0.7))
                .isEqualTo(model.predict(params, io.nexuszero.optimizer.api.ProofType.COMMITMENT_OPENING, 16, 0.7));
        assertThat(store.list()).extracting(ModelInfo::id).containsExactly(model.id());
    }

    @Test
    void refusesACorruptModelFile() throws Exception {
        LatencyModel model = ModelTrainerTest.outcome().best();
        ModelStore store = new ModelStore(data, json);
        store.save(model);
        Path file = store.modelFile(model.id());
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 3));
        assertThatThrownBy(() -> store.load(model.id())).isInstanceOf(CorruptModelException.class)
                .hasMessageContaining("not a readable Tribuo model");
        Files.write(file, "definitely not protobuf".getBytes());
        assertThatThrownBy(() -> store.load(model.id())).isInstanceOf(CorruptModelException.class);
    }

    @Test
    void registryPromotesOnlyModelsThatAreNoWorse() throws Exception {
        LatencyModel trained = ModelTrainerTest.outcome().best();
        // holdout errors below any real model's, so it beats the bundled model that serves at first
        HoldoutMetrics better = new HoldoutMetrics(new TargetMetrics(0.001, 0.001, 1), new TargetMetrics(0.001, 0.001, 1), 10);
        ModelInfo t = trained.info();
        LatencyModel good = new LatencyModel(trained.tribuoModel(), new ModelInfo(t.id(), t.algorithm(), t.trainedAt(),
                t.sampleCount(), t.trainCandidates(), t.testCandidates(), better, t.features(), t.source(), t.provenance()));
        List<String> changes = new ArrayList<>();
        ModelRegistry registry = new ModelRegistry(new ModelStore(data, json));
        registry.onChange(m -> changes.add(m.id()));
        registry.load();
        assertThat(registry.offer(good)).isTrue();

        HoldoutMetrics worse = new HoldoutMetrics(new TargetMetrics(9, 9, -1), new TargetMetrics(9, 9, -1), 10);
        ModelInfo worseInfo = new ModelInfo("cart-worse", "cart", good.info().trainedAt().plusSeconds(60), 1, 1, 1,
                worse, good.info().features(), "trained", "test");
        assertThat(registry.offer(new LatencyModel(good.tribuoModel(), worseInfo))).isFalse();
        assertThat(registry.current().orElseThrow().id()).isEqualTo(good.id());
        assertThat(registry.history()).extracting(ModelInfo::id).containsSubsequence("cart-worse", good.id());
        new ModelStore(data, json).loadBundled().ifPresent(bundled ->
                assertThat(registry.history()).extracting(ModelInfo::id).contains(bundled.id()));
        assertThat(changes).endsWith(good.id()).doesNotContain("cart-worse");

        ModelRegistry restarted = new ModelRegistry(new ModelStore(data, json));
        restarted.load();
        assertThat(restarted.current().orElseThrow().id()).isEqualTo(good.id());
    }

    @Test
    void corruptCurrentModelFallsBackToTheBundledOneOrNone() throws Exception {
        LatencyModel good = ModelTrainerTest.outcome().best();
        ModelStore store = new ModelStore(data, json);
        store.save(good);
        store.markCurrent(good.id());
        Files.write(store.modelFile(good.id()), new byte[] {1, 2, 3});
        ModelRegistry registry = new ModelRegistry(store);
        registry.load();
        assertThat(registry.current().map(LatencyModel::id)).isEqualTo(store.loadBundled().map(LatencyModel::id));
        assertThat(registry.current().map(LatencyModel::id)).isNotEqualTo(java.util.Optional.of(good.id()));
    }

}
