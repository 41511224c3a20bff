package io.nexuszero.crypto.api;

/**
 * LatticeParameters on the wire (field names = the engine record's components). Boxed 64-bit fields: a missing or
 * out-of-range field is reported as a reason ("ringDegree: is required"), not read as 0 or refused as a whole
 * request.
 */
public record ParametersJson(Long ringDegree, Long modulus, Long rankK, Long rankL, String secretDistribution,
                             Long eta, Long challengeWeight, Long gamma) {
}
