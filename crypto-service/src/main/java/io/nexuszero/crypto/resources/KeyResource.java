package io.nexuszero.crypto.resources;

import io.nexuszero.crypto.api.Base64Url;
import io.nexuszero.crypto.api.Bodies;
import io.nexuszero.crypto.api.CreateKeyRequest;
import io.nexuszero.crypto.api.DecryptRequest;
import io.nexuszero.crypto.api.DecryptResponse;
import io.nexuszero.crypto.api.EncryptRequest;
import io.nexuszero.crypto.api.EncryptResponse;
import io.nexuszero.crypto.api.KeyProofRequest;
import io.nexuszero.crypto.api.KeyResponse;
import io.nexuszero.crypto.api.ProofResponse;
import io.nexuszero.crypto.auth.RequiresToken;
import io.nexuszero.crypto.core.encryption.EncryptionService;
import io.nexuszero.crypto.core.keys.KeyService;
import io.nexuszero.crypto.core.proofs.ProofService;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** Keys derived from the master secret: create, read the public part, prove knowledge, encrypt and decrypt. */
@Path("/v1/keys")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class KeyResource {

    private final KeyService keys;
    private final ProofService proofs;
    private final EncryptionService encryption;

    public KeyResource(KeyService keys, ProofService proofs, EncryptionService encryption) {
        this.keys = keys;
        this.proofs = proofs;
        this.encryption = encryption;
    }

    @POST
    @RequiresToken
    public Response create(CreateKeyRequest request) {
        KeyService.ResolvedKey key = keys.create(Bodies.require(request).parameterSet());
        return Response.created(URI.create("/v1/keys/" + key.id().text())).entity(publicPart(key)).build();
    }

    @GET
    @Path("/{keyId}")
    public KeyResponse get(@PathParam("keyId") String keyId) {
        return publicPart(keys.resolve(keyId));
    }

    @POST
    @Path("/{keyId}/proofs")
    @RequiresToken
    public ProofResponse prove(@PathParam("keyId") String keyId, KeyProofRequest request) {
        KeyService.ResolvedKey key = keys.resolve(keyId);
        return proofs.proveKey(key, request == null ? null : request.context());
    }

    @POST
    @Path("/{keyId}/encrypt")
    public EncryptResponse encrypt(@PathParam("keyId") String keyId, EncryptRequest request) {
        Bodies.require(request);
        return encryption.encrypt(keys.resolve(keyId), request.plaintext());
    }

    @POST
    @Path("/{keyId}/decrypt")
    @RequiresToken
    public DecryptResponse decrypt(@PathParam("keyId") String keyId, DecryptRequest request) {
        Bodies.require(request);
        return encryption.decrypt(keys.resolve(keyId), request.ciphertext());
    }

    private static KeyResponse publicPart(KeyService.ResolvedKey key) {
        return new KeyResponse(key.id().text(), key.parameterSet().id(),
                Base64Url.encode(key.pair().publicKey().encode()));
    }
}
