package io.nexuszero.monitor.support;

import io.nexuszero.common.testing.Http;

/** POST /v1/alerts as Alertmanager sends it. */
public final class Alerts {

    private Alerts() {
    }

    /** With the test configs' bearer token. */
    public static Http.Reply post(int port, String body) {
        return post(port, body, "Bearer " + TestConfig.ALERT_TOKEN);
    }

    /** With the given Authorization header (null for none). */
    public static Http.Reply post(int port, String body, String authorization) {
        Http http = new Http(port);
        return (authorization == null ? http : http.withToken(authorization)).post("/v1/alerts", body);
    }
}
