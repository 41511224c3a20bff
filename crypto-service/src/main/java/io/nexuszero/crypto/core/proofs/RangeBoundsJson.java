package io.nexuszero.crypto.core.proofs;

import io.nexuszero.crypto.api.BoundJson;
import io.nexuszero.crypto.api.BoundsJson;
import io.nexuszero.crypto.api.CryptoErrors;
import io.nexuszero.crypto.api.IntegerJson;
import io.nexuszero.crypto.engine.proof.RangeBounds;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Range bounds between their JSON form and the engine's: read with every problem named by field
 * ({@code bounds[3].max}, 400 invalid_bounds; absent pairs and fields 400 missing_field), written as decimal strings
 * in the form they were given (one shared object, or one per value).
 */
final class RangeBoundsJson {

    private RangeBoundsJson() {
    }

    /**
     * The bounds at {@code field} ("bounds", "items[2].statement.bounds"); {@code count} is the number of values they
     * must fit (a per-value array needs exactly that many pairs), or -1 to accept any number of pairs.
     */
    static RangeBounds read(String field, BoundsJson json, int count) {
        if (json == null) {
            throw CryptoErrors.missingField(field);
        }
        if (json.shared() != null) {
            BigInteger[] pair = pair(field, json.shared());
            return RangeBounds.shared(pair[0], pair[1]);
        }
        List<BoundJson> pairs = json.perValue();
        if (pairs.isEmpty() || (count >= 0 && pairs.size() != count)) {
            throw CryptoErrors.invalidBounds(field, "needs one {min, max} object shared by all values, or an array of "
                    + (count >= 0 ? "exactly " + count : "at least one") + " (one per value; got " + pairs.size()
                    + ")");
        }
        List<BigInteger> min = new ArrayList<>(pairs.size());
        List<BigInteger> max = new ArrayList<>(pairs.size());
        for (int i = 0; i < pairs.size(); i++) {
            BigInteger[] pair = pair(field + "[" + i + "]", pairs.get(i));
            min.add(pair[0]);
            max.add(pair[1]);
        }
        return RangeBounds.perValue(min, max);
    }

    /** The bounds as JSON, in their form: decimal strings, which every client reads exactly. */
    static BoundsJson write(RangeBounds bounds) {
        if (bounds.shared()) {
            return BoundsJson.shared(pair(bounds, 0));
        }
        List<BoundJson> pairs = new ArrayList<>(bounds.min().size());
        for (int i = 0; i < bounds.min().size(); i++) {
            pairs.add(pair(bounds, i));
        }
        return BoundsJson.perValue(pairs);
    }

    /** Whether two sets of bounds say the same of every one of {@code count} values (shared or not). */
    static boolean sameFor(RangeBounds a, RangeBounds b, int count) {
        if (!a.fits(count) || !b.fits(count)) {
            return false;
        }
        for (int i = 0; i < count; i++) {
            if (!a.minOf(i).equals(b.minOf(i)) || !a.maxOf(i).equals(b.maxOf(i))) {
                return false;
            }
        }
        return true;
    }

    private static BoundJson pair(RangeBounds bounds, int index) {
        return new BoundJson(IntegerJson.of(bounds.min().get(index)), IntegerJson.of(bounds.max().get(index)));
    }

    private static BigInteger[] pair(String field, BoundJson pair) {
        if (pair == null) {
            throw CryptoErrors.missingField(field);
        }
        BigInteger min = integer(field + ".min", pair.min());
        BigInteger max = integer(field + ".max", pair.max());
        String problem = RangeBounds.problem(min, max);
        if (problem != null) {
            // name the field that breaks the rule: min if it alone is too large, else max (also for min > max, too wide)
            String culprit = RangeBounds.problem(min, min) != null ? "min" : "max";
            throw CryptoErrors.invalidBounds(field + "." + culprit, "is invalid: " + problem);
        }
        return new BigInteger[] {min, max};
    }

    private static BigInteger integer(String field, IntegerJson value) {
        if (value == null) {
            throw CryptoErrors.missingField(field);
        }
        return value.strict().orElseThrow(() -> CryptoErrors.invalidBounds(field, "must be an integer: a JSON number "
                + "or a decimal string (optional '-', up to " + IntegerJson.MAX_DIGITS + " digits)"));
    }
}
