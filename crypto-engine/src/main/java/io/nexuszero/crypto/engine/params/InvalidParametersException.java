package io.nexuszero.crypto.engine.params;

/** Custom parameters that break a validation rule; {@link #result()} lists every broken rule. */
public class InvalidParametersException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient ValidationResult result;

    /** Wraps a failed validation. */
    public InvalidParametersException(ValidationResult result) {
        super("invalid lattice parameters: " + result.message());
        this.result = result;
    }

    /** The failed validation. */
    public ValidationResult result() {
        return result;
    }
}
