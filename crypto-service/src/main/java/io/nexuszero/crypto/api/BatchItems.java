package io.nexuszero.crypto.api;

import io.nexuszero.common.errors.ApiException;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code items} of a batch request (proof verification, encryption, decryption, signing, signature
 * verification): 1 to {@link ApiLimits#MAX_BATCH_ITEMS} entries, each read and checked before any is processed, so
 * a malformed item makes the whole batch a 400 whose message names it ({@code items[3].plaintext}).
 */
public final class BatchItems {

    /** Reads one item; {@code prefix} ("items[i].") goes in front of every field name an error names. */
    @FunctionalInterface
    public interface Reader<T, R> {
        R read(T item, String prefix);
    }

    private BatchItems() {
    }

    public static <T, R> List<R> read(List<T> items, String what, Reader<T, R> reader) {
        if (items == null) {
            throw CryptoErrors.missingField("items");
        }
        if (items.isEmpty()) {
            throw CryptoErrors.invalidValue("items", "must hold at least one " + what);
        }
        if (items.size() > ApiLimits.MAX_BATCH_ITEMS) {
            throw ApiException.badRequest(CryptoErrors.BATCH_TOO_LARGE, "items holds at most "
                    + ApiLimits.MAX_BATCH_ITEMS + " " + what + "s (got " + items.size() + ")");
        }
        List<R> read = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            T item = items.get(i);
            if (item == null) {
                throw CryptoErrors.missingField("items[" + i + "]");
            }
            read.add(reader.read(item, "items[" + i + "]."));
        }
        return read;
    }
}
