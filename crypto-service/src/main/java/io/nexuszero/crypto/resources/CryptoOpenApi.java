package io.nexuszero.crypto.resources;

/** Names the OpenAPI document shares between crypto-service's resources. */
final class CryptoOpenApi {

    /**
     * The security scheme of the endpoints {@code @RequiresToken} guards (declared on {@link KeyResource}):
     * {@code Authorization: Bearer <token>}, answered 401 {@code unauthorized} without one.
     */
    static final String BEARER = "bearer";

    private CryptoOpenApi() {
    }
}
