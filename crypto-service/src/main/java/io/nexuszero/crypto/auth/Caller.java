package io.nexuszero.crypto.auth;

import java.security.Principal;

/**
 * Who is calling a protected endpoint: the name of the bearer token presented (which owns the keys created with it),
 * and whether that token is an administrator's (may use every key). In development mode without tokens every caller
 * is {@link #DEVELOPMENT}.
 */
public record Caller(String name, boolean admin) implements Principal {

    /** The one anonymous owner of development mode without tokens (no token name can be empty). */
    public static final Caller DEVELOPMENT = new Caller("", false);

    @Override
    public String getName() {
        return name;
    }
}
