package io.nexuszero.crypto.api;

import java.util.List;

/** One result per candidate, in request order. */
public record EvaluateResponse(List<EvaluationJson> results) {
}
