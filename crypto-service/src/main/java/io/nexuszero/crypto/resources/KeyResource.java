package io.nexuszero.crypto.resources;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.headers.Header;
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
@Tag(name = "keys")
@SecurityScheme(name = CryptoOpenApi.BEARER, type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "One of the named tokens of NEXUSZERO_API_TOKENS")
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

    @Operation(operationId = "createKey", summary = "Create a key (the caller becomes its owner)")
    @SecurityRequirement(name = CryptoOpenApi.BEARER)
    @ApiResponse(responseCode = "201", description = "The key's public part", headers = @Header(name = "Location",
            description = "/v1/keys/{keyId}", schema = @Schema(types = "string")),
            content = @Content(schema = @Schema(implementation = KeyResponse.class)))
    @ApiResponse(responseCode = "400", description = "missing_body, unknown_purpose, unknown_algorithm, "
            + "unknown_parameter_set, conflicting_fields")
    @ApiResponse(responseCode = "401", description = "unauthorized")
    @POST
    @RequiresToken
    public Response create(@Context SecurityContext security, CreateKeyRequest request) {
        Bodies.require(request);
        KeyAlgorithm algorithm = keys.algorithmFor(request.purpose(), request.parameterSet(), request.algorithm());
        KeyService.DerivedKey key = keys.create(BearerTokenFilter.caller(security), algorithm);
        return Response.created(URI.create("/v1/keys/" + key.id().text())).entity(publicPart(key)).build();
    }

    @Operation(operationId = "getKey", summary = "The public part of a key")
    @ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", description = "malformed_key_id")
    @ApiResponse(responseCode = "404", description = "key_not_found")
    @GET
    @Path("/{keyId}")
    public KeyResponse get(@PathParam("keyId") String keyId) {
        return publicPart(keys.resolvePublic(keyId));
    }

    @Operation(operationId = "proveKey", summary = "Prove knowledge of a proof key's secret (owner only)")
    @SecurityRequirement(name = CryptoOpenApi.BEARER)
    @ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", description = "malformed_key_id, wrong_key_purpose, invalid_base64, "
            + "context_too_large")
    @ApiResponse(responseCode = "401", description = "unauthorized")
    @ApiResponse(responseCode = "404", description = "key_not_found")
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

    @Operation(operationId = "encrypt", summary = "HPKE-encrypt to a kem key")
    @ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", description = "missing_body, missing_field, malformed_key_id, "
            + "wrong_key_purpose, invalid_base64, unknown_aead, plaintext_too_long, aad_too_large, info_too_large")
    @ApiResponse(responseCode = "404", description = "key_not_found")
    @POST
    @Path("/{keyId}/encrypt")
    public EncryptResponse encrypt(@PathParam("keyId") String keyId, EncryptRequest request) {
        KeyService.DerivedKey key = keys.resolvePublic(keyId);
        return kem.encrypt(key, Bodies.require(request));
    }

    @Operation(operationId = "decrypt", summary = "Decrypt with a kem key (owner only)")
    @SecurityRequirement(name = CryptoOpenApi.BEARER)
    @ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", description = "missing_body, missing_field, malformed_key_id, "
            + "wrong_key_purpose, invalid_base64, unknown_aead, aad_too_large, info_too_large, "
            + "invalid_encapsulated_key, invalid_ciphertext")
    @ApiResponse(responseCode = "401", description = "unauthorized")
    @ApiResponse(responseCode = "404", description = "key_not_found")
    @ApiResponse(responseCode = "422", description = "decryption_failed")
    @POST
    @Path("/{keyId}/decrypt")
    @RequiresToken
    public DecryptResponse decrypt(@Context SecurityContext security, @PathParam("keyId") String keyId,
                                   DecryptRequest request) {
        KeyService.DerivedKey key = keys.resolveFor(keyId, BearerTokenFilter.caller(security));
        return kem.decrypt(key, Bodies.require(request));
    }

    @Operation(operationId = "sign", summary = "ML-DSA-sign with a signature key (owner only)")
    @SecurityRequirement(name = CryptoOpenApi.BEARER)
    @ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", description = "missing_body, missing_field, malformed_key_id, "
            + "wrong_key_purpose, invalid_base64, message_too_large, context_too_large")
    @ApiResponse(responseCode = "401", description = "unauthorized")
    @ApiResponse(responseCode = "404", description = "key_not_found")
    @POST
    @Path("/{keyId}/signatures")
    @RequiresToken
    public SignResponse sign(@Context SecurityContext security, @PathParam("keyId") String keyId,
                             SignRequest request) {
        KeyService.DerivedKey key = keys.resolveFor(keyId, BearerTokenFilter.caller(security));
        return signatures.sign(key, Bodies.require(request));
    }

    @Operation(operationId = "encryptBatch", summary = "HPKE-encrypt up to 256 plaintexts to a kem key")
    @ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", description = "missing_body, missing_field, invalid_value, batch_too_large, "
            + "malformed_key_id, wrong_key_purpose, invalid_base64, unknown_aead, plaintext_too_long, aad_too_large, "
            + "info_too_large")
    @ApiResponse(responseCode = "404", description = "key_not_found")
    @POST
    @Path("/{keyId}/encrypt-batch")
    public EncryptBatchResponse encryptBatch(@PathParam("keyId") String keyId, EncryptBatchRequest request) {
        KeyService.DerivedKey key = keys.resolvePublic(keyId);
        return kem.encryptBatch(key, Bodies.require(request));
    }

    @Operation(operationId = "decryptBatch", summary = "Decrypt up to 256 ciphertexts with a kem key (owner only)")
    @SecurityRequirement(name = CryptoOpenApi.BEARER)
    @ApiResponse(responseCode = "200", description = "OK (an item that does not authenticate is answered with the "
            + "decryption_failed error in its place)", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", description = "missing_body, missing_field, invalid_value, batch_too_large, "
            + "malformed_key_id, wrong_key_purpose, invalid_base64, unknown_aead, aad_too_large, info_too_large, "
            + "invalid_encapsulated_key, invalid_ciphertext")
    @ApiResponse(responseCode = "401", description = "unauthorized")
    @ApiResponse(responseCode = "404", description = "key_not_found")
    @POST
    @Path("/{keyId}/decrypt-batch")
    @RequiresToken
    public DecryptBatchResponse decryptBatch(@Context SecurityContext security, @PathParam("keyId") String keyId,
                                             DecryptBatchRequest request) {
        KeyService.DerivedKey key = keys.resolveFor(keyId, BearerTokenFilter.caller(security));
        return kem.decryptBatch(key, Bodies.require(request));
    }

    @Operation(operationId = "signBatch", summary = "ML-DSA-sign up to 256 messages with a signature key (owner only)")
    @SecurityRequirement(name = CryptoOpenApi.BEARER)
    @ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", description = "missing_body, missing_field, invalid_value, batch_too_large, "
            + "malformed_key_id, wrong_key_purpose, invalid_base64, message_too_large, context_too_large")
    @ApiResponse(responseCode = "401", description = "unauthorized")
    @ApiResponse(responseCode = "404", description = "key_not_found")
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
