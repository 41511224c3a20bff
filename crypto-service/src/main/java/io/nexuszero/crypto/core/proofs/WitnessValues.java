package io.nexuszero.crypto.core.proofs;

import io.nexuszero.common.errors.ApiException;
import io.nexuszero.crypto.api.CryptoErrors;
import io.nexuszero.crypto.api.IntegerJson;
import io.nexuszero.crypto.api.WitnessJson;
import io.nexuszero.crypto.engine.proof.ProofType;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;

/** Reads witness values into arrays; error messages name positions, never values. */
final class WitnessValues {

    private WitnessValues() {
    }

    /**
     * commitment-opening and linear-relation: integers with |v| &lt; q. Strings are read as Jackson read them into
     * {@code Long} before range proofs took strings too (trimmed; blank or "null" counts as absent), so these types
     * answer exactly as they did.
     */
    static long[] read(WitnessJson witness, int modulus, int limit, String parameterSet, ProofType type) {
        List<IntegerJson> given = given(witness, limit, parameterSet, type);
        long[] values = new long[given.size()];
        for (int i = 0; i < values.length; i++) {
            Long value;
            try {
                value = asLong(given.get(i), i);
            } catch (ApiException wrongType) {
                Arrays.fill(values, 0);
                throw wrongType;
            }
            if (value == null || value <= -modulus || value >= modulus) {
                Arrays.fill(values, 0);
                throw ApiException.badRequest(CryptoErrors.INVALID_WITNESS,
                        "witness.values[" + i + "] must be an integer with |v| < q = " + modulus);
            }
            values[i] = value;
        }
        return values;
    }

    /**
     * range: integers of any size, as JSON integers or decimal strings (optional '-', 1 to
     * {@value IntegerJson#MAX_DIGITS} digits; no '+', spaces, fraction or exponent). Whether each lies in its bounds
     * is the engine's check.
     */
    static BigInteger[] readIntegers(WitnessJson witness, int limit, String parameterSet, ProofType type) {
        List<IntegerJson> given = given(witness, limit, parameterSet, type);
        BigInteger[] values = new BigInteger[given.size()];
        for (int i = 0; i < values.length; i++) {
            IntegerJson value = given.get(i);
            values[i] = value == null ? null : value.strict().orElse(null);
            if (values[i] == null) {
                Arrays.fill(values, null);
                throw ApiException.badRequest(CryptoErrors.INVALID_WITNESS, "witness.values[" + i
                        + "] must be an integer: a JSON number or a decimal string (optional '-', up to "
                        + IntegerJson.MAX_DIGITS + " digits)");
            }
        }
        return values;
    }

    private static List<IntegerJson> given(WitnessJson witness, int limit, String parameterSet, ProofType type) {
        if (witness == null) {
            throw CryptoErrors.missingField("witness");
        }
        List<IntegerJson> given = witness.values();
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
        return given;
    }

    /** The value as a long, null where absent or beyond a long (both fail |v| &lt; q); 400 invalid_type if no number. */
    private static Long asLong(IntegerJson value, int position) {
        if (value == null) {
            return null;
        }
        return switch (value.form()) {
            case NUMBER -> parseLong(value.text());
            case FRACTION -> throw wrongType(position);
            case STRING -> {
                String text = value.text().trim(); // trim, not strip: as Jackson did
                if (text.isEmpty() || text.equals("null")) {
                    yield null;
                }
                Long parsed = parseLong(text);
                if (parsed == null) {
                    throw wrongType(position);
                }
                yield parsed;
            }
        };
    }

    private static Long parseLong(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The JSON mapper's answer to a value that is no number, word for word. */
    private static ApiException wrongType(int position) {
        return ApiException.badRequest(CryptoErrors.INVALID_TYPE, "Wrong type or shape at 'witness.values["
                + position + "]'");
    }
}
