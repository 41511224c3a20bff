package io.nexuszero.monitor.api;

/**
 * Every error code monitor-service answers with (documented in docs/API.md): code elsewhere names them by these constants,
 * so a code cannot drift between the places that raise it, and MonitorErrorsTest keeps each one documented.
 */
public final class MonitorErrors {

    public static final String INVALID_ALERT_PAYLOAD = "invalid_alert_payload";
    public static final String INVALID_LIMIT = "invalid_limit";
    public static final String INVALID_SINCE = "invalid_since";
    public static final String INVALID_STATE = "invalid_state";
    public static final String MISSING_BODY = "missing_body";
    public static final String TARGET_NOT_FOUND = "target_not_found";
    public static final String UNAUTHORIZED = "unauthorized";
    public static final String UNSUPPORTED_VERSION = "unsupported_version";

    private MonitorErrors() {
    }
}
