package io.nexuszero.crypto.core.proofs;

import io.nexuszero.common.errors.ApiException;
import io.nexuszero.crypto.api.Base64Url;
import io.nexuszero.crypto.api.BatchItems;
import io.nexuszero.crypto.api.CryptoErrors;
import io.nexuszero.crypto.api.RelationJson;
import io.nexuszero.crypto.api.StatementJson;
import io.nexuszero.crypto.api.VerifyBatchRequest;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.nexuszero.crypto.api.VerifyBatchResponse;
import io.nexuszero.crypto.api.VerifyRequest;
import io.nexuszero.crypto.api.VerifyResponse;
import io.nexuszero.crypto.core.ParameterSets;
import io.nexuszero.crypto.metrics.ProofMetrics;
import io.nexuszero.crypto.metrics.WitnessSize;
import io.nexuszero.crypto.engine.keys.PublicKey;
import io.nexuszero.crypto.engine.packing.DecodingException;
import io.nexuszero.crypto.engine.params.ParameterSet;
import io.nexuszero.crypto.engine.proof.LinearRelationProof;
import io.nexuszero.crypto.engine.proof.ProofParameters;
import io.nexuszero.crypto.engine.proof.ProofStatement;
import io.nexuszero.crypto.engine.proof.ProofSystem;
import io.nexuszero.crypto.engine.proof.ProofSystems;
import io.nexuszero.crypto.engine.proof.ProofType;
import io.nexuszero.crypto.engine.proof.RangeBounds;
import io.nexuszero.crypto.engine.proof.StatementFields;
import io.nexuszero.crypto.engine.proof.VerificationResult;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Verifies proofs. A request that cannot be read — missing fields, unknown names, bad base64, a proof whose length
 * does not fit its statement, an unreadable public key — is a 400. A readable proof that does not verify is
 * {valid: false, reason}, with the engine's stable reason code.
 */
public final class VerificationService {

    private final ParameterSets parameterSets;
    private final ProofMetrics metrics;
    // Public keys only: nothing secret, so bounded by size alone.
    private final Cache<EncodedKey, PublicKey> publicKeys = Caffeine.newBuilder().maximumSize(256).build();

    /** A public key's identity in the cache: its parameter set and exact encoding (compared by content). */
    private record EncodedKey(String parameterSet, byte[] encoding) {
        @Override
        public boolean equals(Object other) {
            return other instanceof EncodedKey key && key.parameterSet.equals(parameterSet)
                    && Arrays.equals(key.encoding, encoding);
        }

        @Override
        public int hashCode() {
            return 31 * parameterSet.hashCode() + Arrays.hashCode(encoding);
        }
    }

    public VerificationService(ParameterSets parameterSets, ProofMetrics metrics) {
        this.parameterSets = parameterSets;
        this.metrics = metrics;
    }

    public VerifyResponse verify(VerifyRequest request) {
        return verify(request, "");
    }

    /** Checks every item first (a malformed item makes the whole batch a 400), then verifies them in order. */
    public VerifyBatchResponse verifyBatch(VerifyBatchRequest request) {
        List<Prepared> prepared = BatchItems.read(request.items(), "proof", this::prepare);
        return new VerifyBatchResponse(prepared.stream().map(this::run).toList());
    }

    private VerifyResponse verify(VerifyRequest request, String prefix) {
        return run(prepare(request, prefix));
    }

    /** A request read and checked, ready for the engine (or already decided, e.g. a relation mismatch). */
    private record Prepared(ProofSystem system, ParameterSet set, ProofParameters p, ProofStatement statement,
                            byte[] context, byte[] proof, String earlyRejection, WitnessSize size) {
    }

    private Prepared prepare(VerifyRequest request, String prefix) {
        ProofType type = ProofInputs.proofType(prefix + "type", request.type());
        ProofSystem system = ProofSystems.of(type);
        ParameterSet set = parameterSets.require(prefix + "parameterSet", request.parameterSet());
        ProofParameters p = parameterSets.proofParameters(set);
        StatementJson json = request.statement();
        if (json == null) {
            throw CryptoErrors.missingField(prefix + "statement");
        }
        byte[] context = ProofInputs.context(prefix + "context", request.context());
        byte[] proof = Base64Url.decode(prefix + "proof", request.proof());
        ProofStatement statement = system.takesValues()
                ? new ProofStatement.Encoded(Base64Url.decode(prefix + "statement.commitments", json.commitments()))
                : new ProofStatement.OfKey(publicKey(set, Base64Url.decode(prefix + "statement.publicKey",
                        json.publicKey()), prefix));
        // fields that do not read cleanly are left to the engine's strict decoder, which says why the proof is invalid
        Optional<StatementFields> fields = system.readFields(p, statement);
        if (fields.isPresent()) {
            checkLength(prefix, proof, system.size(p, fields.get().valueCount()).proofBytes());
        }
        String early = null;
        if (system.provesRelation()) {
            LinearRelationProof.Relation named = namedRelation(json.relation(), prefix, p, system);
            Optional<LinearRelationProof.Relation> proven = fields.flatMap(StatementFields::relation);
            if (proven.isPresent() && !proven.get().equals(named)) {
                early = VerificationReasons.RELATION_MISMATCH;
            }
        } else if (json.relation() != null) {
            throw ApiException.badRequest(CryptoErrors.INVALID_RELATION,
                    "Field '" + prefix + "statement.relation' belongs to linear-relation");
        }
        if (type == ProofType.RANGE) {
            // the verifier names the bounds it expects, as for a relation: a proof of other bounds is no answer
            RangeBounds named = RangeBoundsJson.read(prefix + "statement.bounds", json.bounds(), -1);
            if (fields.isPresent() && fields.get().bounds().isPresent()
                    && !RangeBoundsJson.sameFor(named, fields.get().bounds().get(), fields.get().valueCount())) {
                early = VerificationReasons.BOUNDS_MISMATCH;
            }
        } else if (json.bounds() != null) {
            throw CryptoErrors.invalidBounds(prefix + "statement.bounds", "belongs to range, not " + type.wireName());
        }
        return new Prepared(system, set, p, statement, context, proof, early, witnessSize(system, fields));
    }

    private VerifyResponse run(Prepared r) {
        long start = System.nanoTime();
        VerificationResult result = r.earlyRejection() != null
                ? new VerificationResult(false, r.earlyRejection())
                : r.system().verify(r.p(), r.statement(), r.context(), r.proof());
        String reason = result.valid() ? null : VerificationReasons.label(result.reason());
        metrics.verified(r.system().type().wireName(), r.set().id(), r.size(), System.nanoTime() - start,
                result.valid(), reason);
        return result.valid() ? VerifyResponse.ofValid() : VerifyResponse.invalid(reason);
    }

    /**
     * The metrics' witness size: the statement's value count; a statement whose count cannot be read is rejected as
     * malformed before any work, as cheap as the smallest class.
     */
    private static WitnessSize witnessSize(ProofSystem system, Optional<StatementFields> fields) {
        if (!system.takesValues()) {
            return WitnessSize.KEY;
        }
        return fields.map(f -> WitnessSize.ofValues(f.valueCount())).orElse(WitnessSize.UP_TO_16);
    }

    /**
     * The statement's public key, decoded once per distinct encoding: verifiers tend to check many proofs of the same
     * key, and a cached key keeps its expanded matrix A, the larger part of a verification's work. The cache key is
     * the exact encoding, so a cached entry is what decoding would give.
     */
    private PublicKey publicKey(ParameterSet set, byte[] encoded, String prefix) {
        PublicKey cached = publicKeys.getIfPresent(new EncodedKey(set.id(), encoded));
        if (cached != null) {
            return cached;
        }
        try {
            PublicKey decoded = PublicKey.decode(set.parameters(), encoded);
            publicKeys.put(new EncodedKey(set.id(), encoded), decoded);
            return decoded;
        } catch (DecodingException e) {
            throw ApiException.badRequest(CryptoErrors.INVALID_PUBLIC_KEY, "Field '" + prefix
                    + "statement.publicKey' is not a " + set.id() + " public key (" + PublicKey.encodedLength(
                    set.parameters()) + " bytes, every coefficient below q)");
        }
    }

    private static void checkLength(String prefix, byte[] proof, int expected) {
        if (proof.length != expected) {
            throw ApiException.badRequest(CryptoErrors.INVALID_PROOF_LENGTH, "Field '" + prefix + "proof' has " + proof.length
                    + " bytes; this statement's proofs have " + expected);
        }
    }

    /** The relation the verifier names, reduced mod q like the statement's. */
    private static LinearRelationProof.Relation namedRelation(RelationJson relation, String prefix, ProofParameters p,
                                                              ProofSystem system) {
        if (relation == null) {
            throw ApiException.badRequest(CryptoErrors.MISSING_FIELD, "Field '" + prefix
                    + "statement.relation' is required for linear-relation: name the relation you expect proven");
        }
        if (relation.coefficients() == null || relation.coefficients().contains(null)) {
            throw CryptoErrors.missingField(prefix + "statement.relation.coefficients");
        }
        if (relation.constant() == null) {
            throw CryptoErrors.missingField(prefix + "statement.relation.constant");
        }
        int max = system.maxEncodedValues();
        if (relation.coefficients().isEmpty() || relation.coefficients().size() > max) {
            throw ApiException.badRequest(CryptoErrors.INVALID_RELATION, "Field '" + prefix
                    + "statement.relation.coefficients' needs 1 to " + max + " numbers");
        }
        long[] coefficients = relation.coefficients().stream().mapToLong(Long::longValue).toArray();
        return LinearRelationProof.Relation.of(p, coefficients, relation.constant());
    }
}
