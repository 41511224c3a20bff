package io.nexuszero.monitor.core;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;

/** A validated probe target: where to send GET, how often, how long to wait, and what counts as healthy. */
public record Target(String name, URI url, Duration interval, Duration timeout, TargetConditions conditions) {

    /** The URL without user-info, safe for logs, the API and the status page. */
    public String displayUrl() {
        if (url.getRawUserInfo() == null) {
            return url.toString();
        }
        try {
            return new URI(url.getScheme(), null, url.getHost(), url.getPort(), url.getRawPath(), null, null)
                    + (url.getRawQuery() == null ? "" : "?" + url.getRawQuery());
        } catch (URISyntaxException e) {
            return url.getScheme() + "://" + url.getHost();
        }
    }
}
