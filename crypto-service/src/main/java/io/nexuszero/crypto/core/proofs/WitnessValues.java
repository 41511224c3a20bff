package io.nexuszero.crypto.core.proofs;

import io.nexuszero.common.errors.ApiException;
import io.nexuszero.crypto.api.CryptoErrors;
import io.nexuszero.crypto.api.WitnessJson;
import io.nexuszero.crypto.engine.proof.ProofType;
import java.util.Arrays;
import java.util.List;

/** Reads witness values into a primitive array; error messages name positions, never values. */
final class WitnessValues {

    private WitnessValues() {
    }

    static long[] read(WitnessJson witness, int modulus, int limit, String parameterSet, ProofType type) {
        if (witness == null) {
            throw CryptoErrors.missingField("witness");
        }
        List<Long> given = witness.values();
        if (given == null) {
            throw CryptoErrors.missingField("witness.values");
        }
        if (given.isEmpty()) {
            throw ApiException.badRequest(CryptoErrors.INVALID_WITNESS, "witness.values needs at least one value");
        }
        if (given.size() > limit) {
            throw ApiException.badRequest(CryptoErrors.WITNESS_TOO_LONG, type.wireName() + " at " + parameterSet
                    + " takes at most " + limit + " values (got " + given.size() + ")");
        }
        long[] values = new long[given.size()];
        for (int i = 0; i < values.length; i++) {
            Long value = given.get(i);
            if (value == null || value <= -modulus || value >= modulus) {
                Arrays.fill(values, 0);
                throw ApiException.badRequest(CryptoErrors.INVALID_WITNESS,
                        "witness.values[" + i + "] must be an integer with |v| < q = " + modulus);
            }
            values[i] = value;
        }
        return values;
    }
}
