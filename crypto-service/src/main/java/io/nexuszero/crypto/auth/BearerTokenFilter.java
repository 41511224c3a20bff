package io.nexuszero.crypto.auth;

import io.nexuszero.common.errors.ApiException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Map;

/**
 * Guards {@link RequiresToken} endpoints. Runs before the body is read, so an unauthenticated caller costs no
 * parsing or crypto. The presented token is never logged or echoed.
 */
@RequiresToken
@Priority(Priorities.AUTHENTICATION)
public class BearerTokenFilter implements ContainerRequestFilter {

    private static final String BEARER = "bearer ";

    private final ApiTokens tokens;

    public BearerTokenFilter(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (tokens.open()) {
            return;
        }
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (authorization == null || authorization.isBlank()) {
            throw unauthorized("Bearer realm=\"nexuszero\"", "This endpoint requires Authorization: Bearer <token>");
        }
        if (authorization.length() <= BEARER.length()
                || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())
                || !tokens.accepts(authorization.substring(BEARER.length()).trim())) {
            throw unauthorized("Bearer realm=\"nexuszero\", error=\"invalid_token\"", "The bearer token is not valid");
        }
    }

    private static ApiException unauthorized(String challenge, String message) {
        return new ApiException(401, "unauthorized", message, Map.of(HttpHeaders.WWW_AUTHENTICATE, challenge));
    }
}
