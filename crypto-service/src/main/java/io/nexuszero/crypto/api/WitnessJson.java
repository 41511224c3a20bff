package io.nexuszero.crypto.api;

import java.util.List;

/** The secret values to commit to (1..4096 integers). Never logged, stored or echoed. */
public record WitnessJson(List<Long> values) {

    @Override
    public String toString() {
        return "WitnessJson[" + (values == null ? 0 : values.size()) + " values]";
    }
}
