package io.nexuszero.optimizer.core.model;

/** A model file exists but is not a model this service can trust. */
public class CorruptModelException extends Exception {
    public CorruptModelException(String message) {
        super(message);
    }

    public CorruptModelException(String message, Throwable cause) {
        super(message, cause);
    }
}
