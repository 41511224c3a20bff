package io.nexuszero.crypto.core.keys;

import io.nexuszero.common.errors.ApiException;
import io.nexuszero.crypto.api.CryptoErrors;
import io.nexuszero.crypto.auth.Caller;
import io.nexuszero.crypto.core.ParameterSets;
import io.nexuszero.crypto.metrics.KeyMetrics;
import io.nexuszero.crypto.core.pq.PqAlgorithms;
import io.nexuszero.crypto.engine.keys.KeyGenerator;
import io.nexuszero.crypto.engine.keys.KeyPair;
import io.nexuszero.crypto.engine.params.ParameterSet;
import java.util.Arrays;
import org.bouncycastle.pqc.crypto.mldsa.MLDSAPrivateKeyParameters;
import org.bouncycastle.pqc.crypto.mldsa.MLDSAPublicKeyParameters;
import org.bouncycastle.pqc.crypto.mlkem.MLKEMPrivateKeyParameters;
import org.bouncycastle.pqc.crypto.mlkem.MLKEMPublicKeyParameters;

/**
 * Keys without state: creating a key draws a fresh authenticated id bound to its owner and algorithm; every later
 * use re-derives the key from the master secret and the id (cached in a bounded {@link KeyCache} that forgets unused keys). Nothing is written anywhere.
 *
 * <p>Public operations resolve any id this master secret issued ({@link #resolvePublic}); private ones
 * ({@link #resolveFor}) only ids issued to the caller (or any, for an admin). Every refusal is the same
 * {@code 404 key_not_found}, so a caller cannot tell another owner's key from one that does not exist.
 */
public final class KeyService {

    /** Bytes of an ML-KEM seed (d ‖ z, FIPS 203 ML-KEM.KeyGen_internal) and of an ML-DSA seed (ξ, FIPS 204). */
    static final int KEM_SEED_BYTES = 64;
    static final int SIGNATURE_SEED_BYTES = 32;

    private final ParameterSets parameterSets;
    private final KeyDerivation derivation;
    private final KeyCache cache;
    private final KeyMetrics metrics;

    public KeyService(ParameterSets parameterSets, KeyDerivation derivation, KeyCache cache, KeyMetrics metrics) {
        this.parameterSets = parameterSets;
        this.derivation = derivation;
        this.cache = cache;
        this.metrics = metrics;
    }

    /** A derived key of any purpose. Shared from the cache: never modify it. */
    public sealed interface DerivedKey permits ResolvedKey, KemKey, SignatureKey {
        KeyId id();

        KeyAlgorithm algorithm();

        /** The public key in its standard encoding (FIPS 203 ek, FIPS 204 pk, or ρ ‖ t for proof keys). */
        byte[] publicKeyEncoding();
    }

    /** A proof key: the preset and the expanded Module-LWE pair. */
    public record ResolvedKey(KeyId id, KeyAlgorithm algorithm, ParameterSet parameterSet, KeyPair pair)
            implements DerivedKey {
        @Override
        public byte[] publicKeyEncoding() {
            return pair.publicKey().encode();
        }

        @Override
        public String toString() {
            return "ResolvedKey[" + id + "]";
        }
    }

    /** An ML-KEM key pair (FIPS 203). */
    public record KemKey(KeyId id, KeyAlgorithm algorithm, MLKEMPublicKeyParameters publicKey,
                         MLKEMPrivateKeyParameters privateKey, byte[] publicKeyBytes) implements DerivedKey {
        @Override
        public byte[] publicKeyEncoding() {
            return publicKeyBytes.clone();
        }

        @Override
        public String toString() {
            return "KemKey[" + id + "]";
        }
    }

    /** An ML-DSA key pair (FIPS 204). */
    public record SignatureKey(KeyId id, KeyAlgorithm algorithm, MLDSAPublicKeyParameters publicKey,
                               MLDSAPrivateKeyParameters privateKey, byte[] publicKeyBytes) implements DerivedKey {
        @Override
        public byte[] publicKeyEncoding() {
            return publicKeyBytes.clone();
        }

        @Override
        public String toString() {
            return "SignatureKey[" + id + "]";
        }
    }

    /**
     * The algorithm a create request names: a purpose (default proof) with a parameterSet, or an explicit algorithm
     * (which must agree with both when they are given).
     */
    public KeyAlgorithm algorithmFor(String purposeName, String parameterSetId, String algorithmName) {
        KeyPurpose purpose = null;
        if (purposeName != null) {
            purpose = KeyPurpose.fromWire(purposeName);
            if (purpose == null) {
                throw CryptoErrors.unknownPurpose(purposeName);
            }
        }
        if (algorithmName != null) {
            KeyAlgorithm algorithm = KeyAlgorithm.fromWire(algorithmName);
            if (algorithm == null) {
                throw CryptoErrors.unknownAlgorithm(algorithmName);
            }
            if (purpose != null && purpose != algorithm.purpose()) {
                throw CryptoErrors.conflictingFields("algorithm " + algorithm.wireName() + " is a "
                        + algorithm.purpose().wireName() + " algorithm, not " + purpose.wireName());
            }
            if (parameterSetId != null && !parameterSetId.equals(algorithm.parameterSet())) {
                parameterSets.require("parameterSet", parameterSetId);
                throw CryptoErrors.conflictingFields("algorithm " + algorithm.wireName() + " sits at "
                        + algorithm.parameterSet() + ", not " + CryptoErrors.printable(parameterSetId));
            }
            return algorithm;
        }
        ParameterSet set = parameterSets.require("parameterSet", parameterSetId);
        KeyAlgorithm algorithm = KeyAlgorithm.of(purpose == null ? KeyPurpose.PROOF : purpose, set.id());
        if (algorithm == null) {
            throw CryptoErrors.unknownParameterSet(set.id(), parameterSets.ids());
        }
        return algorithm;
    }

    /** Creates a key of an algorithm owned by the caller. */
    public DerivedKey create(Caller owner, KeyAlgorithm algorithm) {
        KeyId id = derivation.newKeyId(owner.name(), algorithm);
        DerivedKey key = cache.get(id, this::expand);
        metrics.keyGenerated(algorithm);
        return key;
    }

    /**
     * For public operations: any key this master secret issued. 400 malformed_key_id for a malformed id, 404
     * key_not_found for one not issued here.
     */
    public DerivedKey resolvePublic(String keyIdText) {
        KeyId id = KeyId.parse(keyIdText);
        if (KeyAlgorithm.fromIdPrefix(id.prefix()) == null || !derivation.issued(id)) {
            throw notFound(id);
        }
        return cache.get(id, this::expand);
    }

    /**
     * For private operations (prove, decrypt, sign): only a key issued to the caller, or any issued key for an
     * admin. 404 key_not_found otherwise, exactly as for a key that does not exist.
     */
    public DerivedKey resolveFor(String keyIdText, Caller caller) {
        KeyId id = KeyId.parse(keyIdText);
        boolean known = KeyAlgorithm.fromIdPrefix(id.prefix()) != null;
        // both MACs are computed for every request, so the time does not tell which check failed
        boolean issued = known && derivation.issued(id);
        boolean owned = known && derivation.ownedBy(id, caller.name());
        if (!issued || !(owned || caller.admin())) {
            throw notFound(id);
        }
        return cache.get(id, this::expand);
    }

    private static ApiException notFound(KeyId id) {
        return ApiException.notFound(CryptoErrors.KEY_NOT_FOUND, "No key " + id.text());
    }

    private DerivedKey expand(KeyId id) {
        KeyAlgorithm algorithm = KeyAlgorithm.fromIdPrefix(id.prefix());
        return switch (algorithm.purpose()) {
            case PROOF -> {
                byte[] seed = derivation.seed(id, algorithm, KeyDerivation.SEED_BYTES);
                try {
                    ParameterSet set = parameterSets.find(algorithm.parameterSet());
                    yield new ResolvedKey(id, algorithm, set, KeyGenerator.generate(set.parameters(), seed));
                } finally {
                    Arrays.fill(seed, (byte) 0);
                }
            }
            case KEM -> {
                byte[] seed = derivation.seed(id, algorithm, KEM_SEED_BYTES);
                try {
                    MLKEMPrivateKeyParameters secret = new MLKEMPrivateKeyParameters(PqAlgorithms.kem(algorithm), seed);
                    MLKEMPublicKeyParameters pub = secret.getPublicKeyParameters();
                    yield new KemKey(id, algorithm, pub, secret, pub.getEncoded());
                } finally {
                    Arrays.fill(seed, (byte) 0);
                }
            }
            case SIGNATURE -> {
                byte[] seed = derivation.seed(id, algorithm, SIGNATURE_SEED_BYTES);
                try {
                    MLDSAPrivateKeyParameters secret = new MLDSAPrivateKeyParameters(
                            PqAlgorithms.signature(algorithm), seed);
                    MLDSAPublicKeyParameters pub = secret.getPublicKeyParameters();
                    yield new SignatureKey(id, algorithm, pub, secret, pub.getEncoded());
                } finally {
                    Arrays.fill(seed, (byte) 0);
                }
            }
        };
    }

    public long cachedKeys() {
        return cache.size();
    }
}
