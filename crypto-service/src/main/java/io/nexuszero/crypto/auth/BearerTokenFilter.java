package io.nexuszero.crypto.auth;

import io.nexuszero.crypto.api.CryptoErrors;
import io.nexuszero.common.errors.ApiException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;
import java.util.Map;
import java.util.Optional;

/**
 * Guards {@link RequiresToken} endpoints and tells them who calls ({@link Caller} as the request's user principal).
 * Runs before the body is read, so an unauthenticated caller costs no parsing or crypto. The presented token is never
 * logged or echoed. Fails closed: without configured tokens every protected endpoint answers 401, unless the service
 * runs in development mode ({@code NEXUSZERO_ENV=dev}), where every caller is the anonymous {@link Caller#DEVELOPMENT}.
 */
@RequiresToken
@Priority(Priorities.AUTHENTICATION)
public class BearerTokenFilter implements ContainerRequestFilter {

    private static final String BEARER = "bearer ";

    private final ApiTokens tokens;
    private final boolean openForDevelopment;

    public BearerTokenFilter(ApiTokens tokens, boolean developmentMode) {
        this.tokens = tokens;
        this.openForDevelopment = developmentMode && tokens.none();
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (openForDevelopment) {
            authenticated(request, Caller.DEVELOPMENT);
            return;
        }
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (authorization == null || authorization.isBlank()) {
            throw unauthorized("Bearer realm=\"nexuszero\"", "This endpoint requires Authorization: Bearer <token>");
        }
        Optional<Caller> caller = authorization.length() <= BEARER.length()
                || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())
                ? Optional.empty() : tokens.authenticate(authorization.substring(BEARER.length()).trim());
        if (caller.isEmpty()) {
            throw unauthorized("Bearer realm=\"nexuszero\", error=\"invalid_token\"", "The bearer token is not valid");
        }
        authenticated(request, caller.get());
    }

    private static void authenticated(ContainerRequestContext request, Caller caller) {
        boolean secure = request.getSecurityContext() != null && request.getSecurityContext().isSecure();
        request.setSecurityContext(new SecurityContext() {
            @Override
            public Principal getUserPrincipal() {
                return caller;
            }

            @Override
            public boolean isUserInRole(String role) {
                return "admin".equals(role) && caller.admin();
            }

            @Override
            public boolean isSecure() {
                return secure;
            }

            @Override
            public String getAuthenticationScheme() {
                return "Bearer";
            }
        });
    }

    /** The caller the filter authenticated; only valid on {@link RequiresToken} endpoints. */
    public static Caller caller(SecurityContext context) {
        if (context != null && context.getUserPrincipal() instanceof Caller caller) {
            return caller;
        }
        throw new IllegalStateException("no authenticated caller: the endpoint is not marked @RequiresToken");
    }

    private static ApiException unauthorized(String challenge, String message) {
        return new ApiException(401, CryptoErrors.UNAUTHORIZED, message, Map.of(HttpHeaders.WWW_AUTHENTICATE, challenge));
    }
}
