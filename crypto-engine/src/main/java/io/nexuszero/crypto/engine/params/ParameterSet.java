package io.nexuszero.crypto.engine.params;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A named parameter set: a preset ("nz-128", …) or validated custom parameters (conventionally id "custom").
 *
 * @param id         1..32 characters of [a-z0-9-]
 * @param parameters the lattice parameters
 */
public record ParameterSet(String id, LatticeParameters parameters) {

    private static final Pattern ID = Pattern.compile("[a-z0-9-]{1,32}");

    /** Id used for client-supplied parameters. */
    public static final String CUSTOM_ID = "custom";

    public ParameterSet {
        Objects.requireNonNull(parameters, "parameters");
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("parameter-set id must be 1..32 characters of [a-z0-9-]");
        }
    }
}
