package io.nexuszero.crypto.core.proofs;

import io.nexuszero.common.errors.ApiException;
import io.nexuszero.crypto.api.Base64Url;
import io.nexuszero.crypto.api.CryptoErrors;
import io.nexuszero.crypto.api.ProofResponse;
import io.nexuszero.crypto.api.ProveRequest;
import io.nexuszero.crypto.api.RelationJson;
import io.nexuszero.crypto.api.StatementJson;
import io.nexuszero.crypto.core.ParameterSets;
import io.nexuszero.crypto.core.ServiceRandomness;
import io.nexuszero.crypto.core.keys.KeyService;
import io.nexuszero.crypto.metrics.ProofMetrics;
import io.nexuszero.crypto.metrics.WitnessSize;
import io.nexuszero.crypto.engine.keys.KeyPair;
import io.nexuszero.crypto.engine.params.ParameterSet;
import io.nexuszero.crypto.engine.proof.LweSecretProof;
import io.nexuszero.crypto.engine.proof.ProofParameters;
import io.nexuszero.crypto.engine.proof.ProofResult;
import io.nexuszero.crypto.engine.proof.ProofSystem;
import io.nexuszero.crypto.engine.proof.ProofSystems;
import io.nexuszero.crypto.engine.proof.ProofType;
import io.nexuszero.crypto.engine.proof.ProofWitness;
import io.nexuszero.crypto.engine.proof.RangeBounds;
import io.nexuszero.crypto.engine.proof.RangeProof;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;

/**
 * Makes proofs: of a derived key's secret (lwe-secret), and of commitments to a caller's witness
 * (commitment-opening, linear-relation, range). Witness values are validated without echoing them, copied into an
 * array that is wiped (primitives) or cleared (range's BigIntegers) after proving, and never logged or stored.
 */
public final class ProofService {

    private final ParameterSets parameterSets;
    private final ProofMetrics metrics;

    public ProofService(ParameterSets parameterSets, ProofMetrics metrics) {
        this.parameterSets = parameterSets;
        this.metrics = metrics;
    }

    public ProofResponse proveKey(KeyService.ResolvedKey key, String contextBase64) {
        byte[] context = ProofInputs.context("context", contextBase64);
        KeyPair pair = key.pair();
        long start = System.nanoTime();
        // the cached key pair carries its expanded matrix A, so proving does not re-expand it from ρ
        ProofResult result = LweSecretProof.prove(key.parameterSet(), pair.publicKey(), pair.secretKey(), context,
                ServiceRandomness.secure());
        record(ProofType.LWE_SECRET, key.parameterSet(), parameterSets.proofParameters(key.parameterSet()), 1,
                WitnessSize.KEY, start, result);
        return new ProofResponse(ProofType.LWE_SECRET.wireName(), key.parameterSet().id(),
                new StatementJson(Base64Url.encode(pair.publicKey().encode()), null, null, null),
                Base64Url.encode(context), Base64Url.encode(result.proof()));
    }

    public ProofResponse prove(ProveRequest request) {
        ProofType type = ProofInputs.proofType("type", request.type());
        ProofSystem system = ProofSystems.of(type);
        if (!system.takesValues()) {
            throw ApiException.badRequest(CryptoErrors.UNSUPPORTED_PROOF_TYPE,
                    type.wireName() + " proofs are about a key: POST /v1/keys/{keyId}/proofs");
        }
        ParameterSet set = parameterSets.require("parameterSet", request.parameterSet());
        ProofParameters p = parameterSets.proofParameters(set);
        byte[] context = ProofInputs.context("context", request.context());
        if (type == ProofType.RANGE) {
            return proveRange(request, system, set, p, context);
        }
        if (request.bounds() != null) {
            throw CryptoErrors.invalidBounds("bounds", "belongs to range, not " + type.wireName());
        }
        long[] values = WitnessValues.read(request.witness(), p.modulus(), system.maxValues(p), set.id(), type);
        try {
            RelationJson relation = request.relation();
            ProofWitness witness = system.provesRelation()
                    ? relationWitness(p, values, relation) : valuesWitness(type, values, relation);
            long start = System.nanoTime();
            ProofResult result = system.prove(p, witness, context, ServiceRandomness.secure());
            record(type, set, p, values.length, WitnessSize.ofValues(values.length), start, result);
            return new ProofResponse(type.wireName(), set.id(),
                    new StatementJson(null, Base64Url.encode(result.statement()), relation, null),
                    Base64Url.encode(context), Base64Url.encode(result.proof()));
        } finally {
            Arrays.fill(values, 0);
        }
    }

    /**
     * range: the values (any integers) and their bounds; a value outside its bounds is 400 value_out_of_range naming
     * its position (the engine checks before any work). The statement answers the bounds as decimal strings.
     */
    private ProofResponse proveRange(ProveRequest request, ProofSystem system, ParameterSet set, ProofParameters p,
                                     byte[] context) {
        ProofType type = system.type();
        refuseRelation(type, request.relation());
        BigInteger[] values = WitnessValues.readIntegers(request.witness(), system.maxValues(p), set.id(), type);
        try {
            RangeBounds bounds = RangeBoundsJson.read("bounds", request.bounds(), values.length);
            long start = System.nanoTime();
            ProofResult result;
            try {
                result = system.prove(p, new ProofWitness.OfRange(values, bounds), context,
                        ServiceRandomness.secure());
            } catch (RangeProof.ValueOutOfRangeException outside) {
                throw ApiException.badRequest(CryptoErrors.VALUE_OUT_OF_RANGE, "witness.values["
                        + outside.position() + "] is outside its bounds");
            }
            record(type, set, p, values.length, WitnessSize.ofValues(values.length), start, result);
            return new ProofResponse(type.wireName(), set.id(), new StatementJson(null,
                    Base64Url.encode(result.statement()), null, RangeBoundsJson.write(bounds)),
                    Base64Url.encode(context), Base64Url.encode(result.proof()));
        } finally {
            // BigInteger is immutable: its magnitude cannot be overwritten, only our references to it dropped
            Arrays.fill(values, null);
        }
    }

    private static ProofWitness valuesWitness(ProofType type, long[] values, RelationJson relation) {
        refuseRelation(type, relation);
        return new ProofWitness.OfValues(values);
    }

    private static void refuseRelation(ProofType type, RelationJson relation) {
        if (relation != null) {
            throw ApiException.badRequest(CryptoErrors.INVALID_RELATION,
                    "Field 'relation' belongs to linear-relation, not " + type.wireName());
        }
    }

    /** The witness with its relation, checked here so a wrong witness is a 422, not an engine error. */
    private static ProofWitness relationWitness(ProofParameters p, long[] values, RelationJson relation) {
        long[] coefficients = coefficients(relation, values.length);
        if (!holds(p, values, coefficients, relation.constant())) {
            throw ApiException.unprocessable(CryptoErrors.RELATION_NOT_SATISFIED,
                    "The witness values do not satisfy the relation (mod q)");
        }
        return new ProofWitness.OfRelation(values, coefficients, relation.constant());
    }

    private static long[] coefficients(RelationJson relation, int count) {
        if (relation == null) {
            throw CryptoErrors.missingField("relation");
        }
        if (relation.coefficients() == null) {
            throw CryptoErrors.missingField("relation.coefficients");
        }
        if (relation.constant() == null) {
            throw CryptoErrors.missingField("relation.constant");
        }
        List<Long> given = relation.coefficients();
        if (given.size() != count || given.contains(null)) {
            throw ApiException.badRequest(CryptoErrors.INVALID_RELATION,
                    "relation.coefficients needs one number per witness value (" + count + ")");
        }
        return given.stream().mapToLong(Long::longValue).toArray();
    }

    /** Σ a_i·m_i ≡ b (mod q). */
    private static boolean holds(ProofParameters p, long[] values, long[] coefficients, long constant) {
        long q = p.modulus();
        long sum = 0;
        for (int i = 0; i < values.length; i++) {
            sum = (sum + Math.floorMod(coefficients[i], q) * Math.floorMod(values[i], q)) % q;
        }
        return sum == Math.floorMod(constant, q);
    }

    private void record(ProofType type, ParameterSet set, ProofParameters p, int values, WitnessSize size, long start,
                        ProofResult result) {
        long nanos = System.nanoTime() - start;
        metrics.proofGenerated(type.wireName(), set.id(), size, nanos, result.attempts(),
                ProofSystems.of(type).expectedAttempts(p, values));
    }
}
