package io.nexuszero.crypto.core.keys;

import io.nexuszero.common.errors.ApiException;
import io.nexuszero.crypto.core.ParameterSets;
import io.nexuszero.crypto.core.metrics.CryptoMetrics;
import io.nexuszero.crypto.engine.keys.KeyGenerator;
import io.nexuszero.crypto.engine.keys.KeyPair;
import io.nexuszero.crypto.engine.params.ParameterSet;
import java.util.Arrays;

/**
 * Keys without state: creating a key draws a fresh authenticated id; every later use re-derives the key pair from
 * the master secret and the id (cached in a bounded LRU). Nothing is written anywhere.
 */
public final class KeyService {

    private final ParameterSets parameterSets;
    private final KeyDerivation derivation;
    private final LruCache<KeyId, KeyPair> cache;
    private final CryptoMetrics metrics;

    public KeyService(ParameterSets parameterSets, KeyDerivation derivation, int cacheSize, CryptoMetrics metrics) {
        this.parameterSets = parameterSets;
        this.derivation = derivation;
        this.cache = new LruCache<>(cacheSize);
        this.metrics = metrics;
    }

    /** A key resolved from its id: the preset and the expanded pair (shared; never close or modify it). */
    public record ResolvedKey(KeyId id, ParameterSet parameterSet, KeyPair pair) {
        @Override
        public String toString() {
            return "ResolvedKey[" + id + "]";
        }
    }

    public ResolvedKey create(String parameterSetId) {
        ParameterSet set = parameterSets.require("parameterSet", parameterSetId);
        KeyId id = derivation.newKeyId(set.id());
        ResolvedKey key = new ResolvedKey(id, set, cache.get(id, this::expand));
        metrics.keyGenerated(set.id());
        return key;
    }

    /** 400 malformed_key_id for a malformed id, 404 key_not_found for an id this master secret did not issue. */
    public ResolvedKey resolve(String keyIdText) {
        KeyId id = KeyId.parse(keyIdText);
        if (!parameterSets.contains(id.parameterSet()) || !derivation.issued(id)) {
            throw ApiException.notFound("key_not_found", "No key " + id.text());
        }
        return new ResolvedKey(id, parameterSets.find(id.parameterSet()), cache.get(id, this::expand));
    }

    private KeyPair expand(KeyId id) {
        byte[] seed = derivation.seed(id);
        try {
            return KeyGenerator.generate(parameterSets.find(id.parameterSet()).parameters(), seed);
        } finally {
            Arrays.fill(seed, (byte) 0);
        }
    }

    public int cachedKeys() {
        return cache.size();
    }
}
