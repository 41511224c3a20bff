package io.nexuszero.monitor.probe;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Turns config.yml targets into {@link Target}s, refusing the first misconfigured one by name. */
public final class TargetDefinitions {

    /** Names become URL segments and metric label values: keep them short and plain. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    static final Duration MIN_INTERVAL = Duration.ofMillis(100);

    private TargetDefinitions() {
    }

    public static List<Target> from(List<TargetConfiguration> configured) {
        List<Target> targets = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < configured.size(); i++) {
            TargetConfiguration config = configured.get(i);
            if (config == null) {
                throw new InvalidTargetException("targets[" + i + "] is empty");
            }
            String name = config.getName();
            if (name == null || !NAME.matcher(name).matches()) {
                throw new InvalidTargetException("targets[" + i + "] has an invalid name '" + name
                        + "': use 1-64 letters, digits, '.', '_' or '-', starting with a letter or digit");
            }
            if (!names.add(name.toLowerCase(Locale.ROOT))) {
                throw new InvalidTargetException("target '" + name + "' is defined twice");
            }
            targets.add(define(config, name));
        }
        return List.copyOf(targets);
    }

    private static Target define(TargetConfiguration config, String name) {
        URI url = parseUrl(name, config.getUrl());
        Duration interval = positive(name, "interval", config.getInterval());
        if (interval.compareTo(MIN_INTERVAL) < 0) {
            throw new InvalidTargetException("target '" + name + "': interval " + Durations.format(interval)
                    + " is below the minimum of " + Durations.format(MIN_INTERVAL));
        }
        Duration timeout = positive(name, "timeout", config.getTimeout());
        TargetConfiguration.ConditionsConfiguration conditions = config.getConditions() == null
                ? new TargetConfiguration.ConditionsConfiguration() : config.getConditions();
        try {
            StatusCondition status = StatusCondition.parse(conditions.getStatus());
            Duration maxResponseTime = conditions.getMaxResponseTime() == null ? null
                    : positive(name, "conditions.maxResponseTime", conditions.getMaxResponseTime());
            JsonFieldCondition json = conditions.getJson() == null || conditions.getJson().isBlank() ? null
                    : JsonFieldCondition.parse(conditions.getJson());
            return new Target(name, url, interval, timeout, new TargetConditions(status, maxResponseTime, json),
                    config.isOptional());
        } catch (InvalidTargetException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new InvalidTargetException("target '" + name + "': " + e.getMessage());
        }
    }

    private static URI parseUrl(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidTargetException("target '" + name + "': url is missing");
        }
        String shown = redacted(raw);
        try {
            URI url = new URI(raw.trim());
            String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                throw new InvalidTargetException("target '" + name + "': url '" + shown
                        + "' is not an absolute http(s) URL");
            }
            if (url.getHost() == null) {
                throw new InvalidTargetException("target '" + name + "': url '" + shown + "' has no host");
            }
            return url;
        } catch (URISyntaxException e) {
            throw new InvalidTargetException("target '" + name + "': url '" + shown + "' cannot be parsed: "
                    + e.getReason());
        }
    }

    /** Error messages show the URL, but never a password written into it. */
    private static String redacted(String raw) {
        int at = raw.lastIndexOf('@');
        int schemeEnd = raw.indexOf("://");
        return at < 0 ? raw : (schemeEnd >= 0 && schemeEnd < at ? raw.substring(0, schemeEnd + 3) : "") + "***"
                + raw.substring(at);
    }

    private static Duration positive(String name, String field, io.dropwizard.util.Duration value) {
        if (value == null) {
            throw new InvalidTargetException("target '" + name + "': " + field + " is missing");
        }
        Duration duration = value.toJavaDuration();
        if (duration.isZero() || duration.isNegative()) {
            throw new InvalidTargetException("target '" + name + "': " + field + " must be greater than zero");
        }
        return duration;
    }
}
