package io.nexuszero.crypto.api;

import java.util.List;

/** GET /v1/parameter-sets. */
public record ParameterSetsResponse(List<ParameterSetJson> parameterSets) {
}
