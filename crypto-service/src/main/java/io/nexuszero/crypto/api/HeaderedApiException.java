package io.nexuszero.crypto.api;

import io.nexuszero.common.errors.ApiException;
import java.util.Map;

/** An {@link ApiException} whose response must carry headers too (WWW-Authenticate on 401, Retry-After on 429). */
public class HeaderedApiException extends ApiException {

    private final transient Map<String, String> headers;

    public HeaderedApiException(int status, String code, String message, Map<String, String> headers) {
        super(status, code, message);
        this.headers = Map.copyOf(headers);
    }

    public Map<String, String> headers() {
        return headers;
    }
}
