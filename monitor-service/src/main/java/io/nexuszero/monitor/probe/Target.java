package io.nexuszero.monitor.probe;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

/**
 * A validated probe target: where to send GET, how often, how long to wait, and what counts as healthy. A URL
 * may carry credentials ({@code http://user:password@host/...}); they are sent as HTTP basic authentication and
 * never shown: use {@link #displayUrl()} for logs, the API and the status page.
 */
public record Target(String name, URI url, Duration interval, Duration timeout, TargetConditions conditions,
                     boolean optional) {

    /** A required target: its being down makes the overall status degraded. */
    public Target(String name, URI url, Duration interval, Duration timeout, TargetConditions conditions) {
        this(name, url, interval, timeout, conditions, false);
    }

    /** The URL without user-info, safe to show. */
    public String displayUrl() {
        return requestUrl().toString();
    }

    /** The URL the request goes to: the configured one without its user-info. */
    public URI requestUrl() {
        if (url.getRawUserInfo() == null) {
            return url;
        }
        try {
            return new URI(url.getScheme(), null, url.getHost(), url.getPort(), null, null, null)
                    .resolve(new URI(null, null, url.getRawPath() == null || url.getRawPath().isEmpty() ? "/"
                            : url.getPath(), url.getQuery(), null));
        } catch (URISyntaxException e) {
            throw new IllegalStateException("target " + name + " has an unusable URL", e);
        }
    }

    /** {@code Basic ...} from the URL's user-info, when it has one. */
    public Optional<String> basicAuthorization() {
        String userInfo = url.getRawUserInfo();
        if (userInfo == null) {
            return Optional.empty();
        }
        String decoded = URLDecoder.decode(userInfo.replace("+", "%2B"), StandardCharsets.UTF_8);
        return Optional.of("Basic " + Base64.getEncoder().encodeToString(decoded.getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    public String toString() {
        return "Target[" + name + " " + displayUrl() + " every " + Durations.format(interval) + "]";
    }
}
