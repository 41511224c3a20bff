package io.nexuszero.optimizer.client;

/**
 * crypto-service could not answer: {@code status} is the HTTP status (0 when it was unreachable) and
 * {@code code} its error code (or "unreachable" / "bad_response").
 */
public class CryptoServiceException extends Exception {
    private final int status;
    private final String code;

    public CryptoServiceException(int status, String code, String message, Throwable cause) {
        super(message, cause);
        this.status = status;
        this.code = code;
    }

    public CryptoServiceException(int status, String code, String message) {
        this(status, code, message, null);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }
}
