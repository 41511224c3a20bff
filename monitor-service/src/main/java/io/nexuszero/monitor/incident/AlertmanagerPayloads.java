package io.nexuszero.monitor.incident;

import io.nexuszero.common.errors.ApiException;
import io.nexuszero.common.errors.ErrorResponse.FieldError;
import io.nexuszero.monitor.api.AlertmanagerWebhook;
import io.nexuszero.monitor.api.MonitorErrors;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Checks an Alertmanager webhook payload (version 4) and turns it into {@link AlertNotification}s. Every problem
 * is reported at once as a field error; the response is 422 {@code invalid_alert_payload}, or
 * {@code unsupported_version} when the version is not "4".
 */
public final class AlertmanagerPayloads {

    public static final String SUPPORTED_VERSION = "4";
    static final int MAX_FINGERPRINT = 128;
    static final int MAX_ALERTNAME = 200;
    static final int MAX_SEVERITY = 64;
    static final int MAX_SUMMARY = 1000;
    static final int MAX_URL = 2000;
    /** Labels and annotations of one alert together, in characters; stored as JSON. */
    static final int MAX_LABEL_CHARS = 16000;
    /** Go's zero time: what Alertmanager sends as endsAt of an alert that has no end yet. */
    private static final Instant GO_ZERO_TIME = Instant.parse("0001-01-01T00:00:00Z");

    private AlertmanagerPayloads() {
    }

    public static List<AlertNotification> validate(AlertmanagerWebhook payload) {
        if (payload == null) {
            throw ApiException.badRequest(MonitorErrors.MISSING_BODY,
                    "Send the Alertmanager webhook payload as the JSON body");
        }
        if (payload.version() == null) {
            throw invalid(List.of(new FieldError("version", "is required")));
        }
        if (!SUPPORTED_VERSION.equals(payload.version())) {
            throw ApiException.unprocessable(MonitorErrors.UNSUPPORTED_VERSION, "Alertmanager webhook version '"
                    + clip(payload.version(), 20) + "' is not supported; expected \"" + SUPPORTED_VERSION + "\"");
        }
        if (payload.alerts() == null) {
            throw invalid(List.of(new FieldError("alerts", "is required")));
        }
        List<FieldError> errors = new ArrayList<>();
        List<AlertNotification> notifications = new ArrayList<>();
        for (int i = 0; i < payload.alerts().size(); i++) {
            AlertNotification notification = validate(payload.alerts().get(i), "alerts[" + i + "]", errors);
            if (notification != null) {
                notifications.add(notification);
            }
        }
        if (!errors.isEmpty()) {
            throw invalid(errors);
        }
        return notifications;
    }

    private static AlertNotification validate(AlertmanagerWebhook.Alert alert, String at, List<FieldError> errors) {
        if (alert == null) {
            errors.add(new FieldError(at, "must be an alert object"));
            return null;
        }
        int before = errors.size();
        boolean firing = "firing".equals(alert.status());
        if (!firing && !"resolved".equals(alert.status())) {
            errors.add(new FieldError(at + ".status", "must be \"firing\" or \"resolved\""));
        }
        String fingerprint = alert.fingerprint();
        if (fingerprint == null || fingerprint.isBlank()) {
            errors.add(new FieldError(at + ".fingerprint", "is required"));
        } else if (fingerprint.length() > MAX_FINGERPRINT) {
            errors.add(new FieldError(at + ".fingerprint", "is longer than " + MAX_FINGERPRINT + " characters"));
        }
        Map<String, String> labels = sorted(alert.labels());
        Map<String, String> annotations = sorted(alert.annotations());
        String alertname = labels.get("alertname");
        if (alertname == null || alertname.isBlank()) {
            errors.add(new FieldError(at + ".labels.alertname", "is required"));
        } else if (alertname.length() > MAX_ALERTNAME) {
            errors.add(new FieldError(at + ".labels.alertname", "is longer than " + MAX_ALERTNAME + " characters"));
        }
        String severity = labels.getOrDefault("severity", "none");
        if (severity.isBlank() || severity.length() > MAX_SEVERITY) {
            errors.add(new FieldError(at + ".labels.severity", "must be 1 to " + MAX_SEVERITY + " characters"));
        }
        if (size(labels) + size(annotations) > MAX_LABEL_CHARS) {
            errors.add(new FieldError(at + ".labels", "labels and annotations exceed " + MAX_LABEL_CHARS
                    + " characters"));
        }
        if (alert.generatorUrl() != null && alert.generatorUrl().length() > MAX_URL) {
            errors.add(new FieldError(at + ".generatorURL", "is longer than " + MAX_URL + " characters"));
        }
        Instant startsAt = timestamp(alert.startsAt(), at + ".startsAt", true, errors);
        Instant endsAt = timestamp(alert.endsAt(), at + ".endsAt", false, errors);
        if (errors.size() > before) {
            return null;
        }
        return new AlertNotification(fingerprint, firing, alertname, severity, summaryOf(alertname, annotations),
                labels, annotations, alert.generatorUrl(), startsAt, endsAt);
    }

    private static Instant timestamp(String value, String field, boolean required, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            if (required) {
                errors.add(new FieldError(field, "is required"));
            }
            return null;
        }
        try {
            Instant instant = OffsetDateTime.parse(value).toInstant();
            return instant.equals(GO_ZERO_TIME) ? null : instant;
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "must be an RFC 3339 timestamp such as 2026-01-31T12:00:00Z"));
            return null;
        }
    }

    private static String summaryOf(String alertname, Map<String, String> annotations) {
        String summary = annotations.getOrDefault("summary", annotations.getOrDefault("description", alertname));
        return clip(summary.isBlank() ? alertname : summary, MAX_SUMMARY);
    }

    private static Map<String, String> sorted(Map<String, String> map) {
        Map<String, String> sorted = new TreeMap<>();
        if (map != null) {
            map.forEach((k, v) -> {
                if (k != null && v != null) {
                    sorted.put(k, v);
                }
            });
        }
        return sorted;
    }

    private static int size(Map<String, String> map) {
        return map.entrySet().stream().mapToInt(e -> e.getKey().length() + e.getValue().length()).sum();
    }

    private static String clip(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }

    private static ApiException invalid(List<FieldError> errors) {
        FieldError first = errors.get(0);
        String more = errors.size() > 1 ? " (and " + (errors.size() - 1) + " more)" : "";
        return new ApiException(422, MonitorErrors.INVALID_ALERT_PAYLOAD,
                "Alertmanager payload is invalid: " + first.field() + " " + first.message() + more, errors);
    }
}
