package io.nexuszero.crypto.resources;

import io.nexuszero.crypto.api.Base64Url;
import io.nexuszero.crypto.api.Bodies;
import io.nexuszero.crypto.api.CreateKeyRequest;
import io.nexuszero.crypto.api.SignBatchResponse;
import io.nexuszero.crypto.api.SignBatchRequest;
import io.nexuszero.crypto.api.EncryptBatchResponse;
import io.nexuszero.crypto.api.EncryptBatchRequest;
import io.nexuszero.crypto.api.DecryptBatchResponse;
import io.nexuszero.crypto.api.DecryptBatchRequest;
import io.nexuszero.crypto.api.CryptoErrors;
import io.nexuszero.crypto.api.DecryptRequest;
import io.nexuszero.crypto.api.DecryptResponse;
import io.nexuszero.crypto.api.EncryptRequest;
import io.nexuszero.crypto.api.EncryptResponse;
import io.nexuszero.crypto.api.KeyProofRequest;
import io.nexuszero.crypto.api.KeyResponse;
import io.nexuszero.crypto.api.ProofResponse;
import io.nexuszero.crypto.api.SignRequest;
import io.nexuszero.crypto.api.SignResponse;
import io.nexuszero.crypto.auth.BearerTokenFilter;
import io.nexuszero.crypto.auth.RequiresToken;
import io.nexuszero.crypto.core.keys.KeyAlgorithm;
import io.nexuszero.crypto.core.keys.KeyPurpose;
import io.nexuszero.crypto.core.keys.KeyService;
import io.nexuszero.crypto.core.pq.KemService;
import io.nexuszero.crypto.core.pq.SignatureService;
import io.nexuszero.crypto.core.proofs.ProofService;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.net.URI;

/**
 * Keys derived from the master secret, one purpose each: create, read the public part, prove knowledge (proof
 * keys), encrypt and decrypt (kem keys), sign (signature keys). Private operations resolve the key for the caller
 * first, so another owner's key answers exactly like a missing one (404 key_not_found) whatever the body holds.
 */
@Path("/v1/keys")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class KeyResource {

    private final KeyService keys;
    private final ProofService proofs;
    private final KemService kem;
    private final SignatureService signatures;

    public KeyResource(KeyService keys, ProofService proofs, KemService kem, SignatureService signatures) {
        this.keys = keys;
        this.proofs = proofs;
        this.kem = kem;
        this.signatures = signatures;
    }

    @POST
    @RequiresToken
    public Response create(@Context SecurityContext security, CreateKeyRequest request) {
        Bodies.require(request);
        KeyAlgorithm algorithm = keys.algorithmFor(request.purpose(), request.parameterSet(), request.algorithm());
        KeyService.DerivedKey key = keys.create(BearerTokenFilter.caller(security), algorithm);
        return Response.created(URI.create("/v1/keys/" + key.id().text())).entity(publicPart(key)).build();
    }

    @GET
    @Path("/{keyId}")
    public KeyResponse get(@PathParam("keyId") String keyId) {
        return publicPart(keys.resolvePublic(keyId));
    }

    @POST
    @Path("/{keyId}/proofs")
    @RequiresToken
    public ProofResponse prove(@Context SecurityContext security, @PathParam("keyId") String keyId,
                               KeyProofRequest request) {
        KeyService.DerivedKey key = keys.resolveFor(keyId, BearerTokenFilter.caller(security));
        if (!(key instanceof KeyService.ResolvedKey proofKey)) {
            throw CryptoErrors.wrongKeyPurpose(key.algorithm().purpose().wireName(), key.algorithm().wireName(),
                    KeyPurpose.PROOF.wireName());
        }
        return proofs.proveKey(proofKey, request == null ? null : request.context());
    }

    @POST
    @Path("/{keyId}/encrypt")
    public EncryptResponse encrypt(@PathParam("keyId") String keyId, EncryptRequest request) {
        KeyService.DerivedKey key = keys.resolvePublic(keyId);
        return kem.encrypt(key, Bodies.require(request));
    }

    @POST
    @Path("/{keyId}/decrypt")
    @RequiresToken
    public DecryptResponse decrypt(@Context SecurityContext security, @PathParam("keyId") String keyId,
                                   DecryptRequest request) {
        KeyService.DerivedKey key = keys.resolveFor(keyId, BearerTokenFilter.caller(security));
        return kem.decrypt(key, Bodies.require(request));
    }

    @POST
    @Path("/{keyId}/signatures")
    @RequiresToken
    public SignResponse sign(@Context SecurityContext security, @PathParam("keyId") String keyId,
                             SignRequest request) {
        KeyService.DerivedKey key = keys.resolveFor(keyId, BearerTokenFilter.caller(security));
        return signatures.sign(key, Bodies.require(request));
    }

    @POST
    @Path("/{keyId}/encrypt-batch")
    public EncryptBatchResponse encryptBatch(@PathParam("keyId") String keyId, EncryptBatchRequest request) {
        KeyService.DerivedKey key = keys.resolvePublic(keyId);
        return kem.encryptBatch(key, Bodies.require(request));
    }

    @POST
    @Path("/{keyId}/decrypt-batch")
    @RequiresToken
    public DecryptBatchResponse decryptBatch(@Context SecurityContext security, @PathParam("keyId") String keyId,
                                             DecryptBatchRequest request) {
        KeyService.DerivedKey key = keys.resolveFor(keyId, BearerTokenFilter.caller(security));
        return kem.decryptBatch(key, Bodies.require(request));
    }

    @POST
    @Path("/{keyId}/sign-batch")
    @RequiresToken
    public SignBatchResponse signBatch(@Context SecurityContext security, @PathParam("keyId") String keyId,
                                       SignBatchRequest request) {
        KeyService.DerivedKey key = keys.resolveFor(keyId, BearerTokenFilter.caller(security));
        return signatures.signBatch(key, Bodies.require(request));
    }

    private static KeyResponse publicPart(KeyService.DerivedKey key) {
        KeyAlgorithm algorithm = key.algorithm();
        return new KeyResponse(key.id().text(), algorithm.purpose().wireName(), algorithm.wireName(),
                algorithm.parameterSet(), Base64Url.encode(key.publicKeyEncoding()));
    }
}
