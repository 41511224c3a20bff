package io.nexuszero.optimizer.resources;

import io.nexuszero.common.errors.ApiException;
import io.nexuszero.optimizer.api.LatticeParameters;
import io.nexuszero.optimizer.api.ObjectiveWeights;
import io.nexuszero.optimizer.api.OptimizerErrors;
import io.nexuszero.optimizer.api.ProofType;
import io.nexuszero.optimizer.core.recommend.Objective;

/** Checks request values and turns each kind of bad input into a 400 with its own documented code. */
final class RequestChecks {
    static final int MIN_SECURITY_BITS = 80;
    static final int MAX_SECURITY_BITS = 320;
    static final int MAX_WITNESS_LENGTH = 4096;

    private RequestChecks() {
    }

    static <T> T required(T value, String field) {
        if (value == null) {
            throw ApiException.badRequest(OptimizerErrors.MISSING_FIELD, field + " is required");
        }
        return value;
    }

    static ProofType proofType(String name) {
        required(name, "proofType");
        return ProofType.fromWireName(name)
                .orElseThrow(() -> ApiException.badRequest(OptimizerErrors.UNKNOWN_PROOF_TYPE,
                "proofType must be one of " + ProofType.wireNames()));
    }

    static int securityBits(Integer bits) {
        required(bits, "securityBits");
        if (bits < MIN_SECURITY_BITS || bits > MAX_SECURITY_BITS) {
            throw ApiException.badRequest(OptimizerErrors.SECURITY_OUT_OF_RANGE,
                    "securityBits must be in " + MIN_SECURITY_BITS + ".." + MAX_SECURITY_BITS);
        }
        return bits;
    }

    static int witnessLength(Integer length) {
        required(length, "witnessLength");
        if (length < 1 || length > MAX_WITNESS_LENGTH) {
            throw ApiException.badRequest(OptimizerErrors.WITNESS_LENGTH_OUT_OF_RANGE,
                    "witnessLength must be in 1.." + MAX_WITNESS_LENGTH);
        }
        return length;
    }

    static Objective objective(ObjectiveWeights weights) {
        required(weights, "objective");
        double bytes = orZero(weights.proofBytes());
        double prove = orZero(weights.proveMillis());
        double verify = orZero(weights.verifyMillis());
        if (!Double.isFinite(bytes) || !Double.isFinite(prove) || !Double.isFinite(verify)
                || bytes < 0 || prove < 0 || verify < 0) {
            throw ApiException.badRequest(OptimizerErrors.INVALID_OBJECTIVE,
                    "objective weights must be finite numbers ≥ 0");
        }
        if (bytes + prove + verify <= 0) {
            throw ApiException.badRequest(OptimizerErrors.INVALID_OBJECTIVE,
                    "at least one objective weight must be positive");
        }
        return new Objective(bytes, prove, verify);
    }

    /** Shape checks only (positive sizes, known distribution): whether parameters are valid is crypto-service's call. */
    static LatticeParameters parameters(LatticeParameters p) {
        required(p, "parameters");
        if (p.ringDegree() < 1 || p.modulus() < 2 || p.rankK() < 1 || p.rankL() < 1 || p.eta() < 1
                || p.challengeWeight() < 1 || p.gamma() < 1) {
            throw ApiException.badRequest(OptimizerErrors.INVALID_PARAMETERS,
                    "ringDegree, modulus, rankK, rankL, eta, challengeWeight and gamma must be positive");
        }
        if (!"cbd".equals(p.secretDistribution()) && !"uniform".equals(p.secretDistribution())) {
            throw ApiException.badRequest(OptimizerErrors.INVALID_PARAMETERS,
                    "secretDistribution must be \"cbd\" or \"uniform\"");
        }
        return p;
    }

    private static double orZero(Double value) {
        return value == null ? 0 : value;
    }
}
