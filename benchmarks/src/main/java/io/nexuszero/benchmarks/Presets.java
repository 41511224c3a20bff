package io.nexuszero.benchmarks;

import io.nexuszero.crypto.engine.params.ParameterSet;

/** Resolves the JMH {@code @Param} preset id to the engine's preset. */
final class Presets {

    private Presets() {
    }

    static ParameterSet byId(String id) {
        return io.nexuszero.crypto.engine.params.Presets.byId(id)
                .orElseThrow(() -> new IllegalArgumentException("unknown preset " + id));
    }
}
