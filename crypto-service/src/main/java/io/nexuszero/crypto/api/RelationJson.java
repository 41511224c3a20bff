package io.nexuszero.crypto.api;

import java.util.List;

/** A public linear relation Σ coefficients[i]·values[i] = constant (mod q) among committed values. */
public record RelationJson(List<Long> coefficients, Long constant) {
}
