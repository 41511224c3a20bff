package io.nexuszero.crypto.api;

/**
 * LatticeParameters on the wire (field names = the engine record's components). Boxed fields: a missing field is
 * reported as a reason ("ringDegree is required"), not silently read as 0.
 */
public record ParametersJson(Integer ringDegree, Long modulus, Integer rankK, Integer rankL, String secretDistribution,
                             Integer eta, Integer challengeWeight, Integer gamma) {
}
