package io.nexuszero.monitor.db;

/** The embedded database failed; the message says which operation, never which values. */
public class StorageException extends RuntimeException {

    public StorageException(String operation, Throwable cause) {
        super(operation + " failed: " + cause.getMessage(), cause);
    }

    public StorageException(String message) {
        super(message);
    }
}
