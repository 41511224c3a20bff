package io.nexuszero.monitor;

import static io.nexuszero.monitor.ProbingTest.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.nexuszero.common.testing.PrometheusText;
import io.nexuszero.monitor.support.Fixtures;
import io.nexuszero.common.testing.Http;
import io.nexuszero.monitor.support.Alerts;
import io.nexuszero.monitor.support.TestConfig;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/** Alertmanager's webhook (real v4 payloads under src/test/resources/alertmanager) turned into incidents. */
@ExtendWith(DropwizardExtensionsSupport.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AlertsAndIncidentsTest {

    static final DropwizardAppExtension<MonitorConfiguration> APP = new DropwizardAppExtension<>(
            MonitorApplication.class, TestConfig.in(TestConfig.tempDirectory("alerts").resolve("data")).write());

    @Test
    @Order(1)
    void firingOpensIncidentsAndDuplicatesChangeNothing() {
        JsonNode receipt = post(Fixtures.firing(), 200);
        assertThat(receipt.get("received").asInt()).isEqualTo(2);
        assertThat(receipt.get("opened").asInt()).isEqualTo(2);

        List<JsonNode> open = incidents("?state=open");
        assertThat(open).hasSize(2);
        JsonNode down = find(open, "5c3e0ed6b2a7f1d4");
        assertThat(down.get("alertname").asText()).isEqualTo("CryptoServiceDown");
        assertThat(down.get("severity").asText()).isEqualTo("critical");
        assertThat(down.get("state").asText()).isEqualTo("open");
        assertThat(down.get("summary").asText()).isEqualTo("crypto-service is down");
        assertThat(down.get("startsAt").asText()).isEqualTo("2026-11-27T05:58:41.812Z");
        assertThat(down.get("endsAt").isNull()).as("Go's zero endsAt means no end").isTrue();
        assertThat(down.get("labels").get("instance").asText()).isEqualTo("crypto-service:13101");
        // Newest first by start.
        assertThat(open.get(0).get("fingerprint").asText()).isEqualTo("a1f09c4be8d2e377");

        JsonNode again = post(Fixtures.firing(), 200);
        assertThat(again.get("opened").asInt()).isZero();
        assertThat(again.get("unchanged").asInt()).isEqualTo(2);
        List<JsonNode> stillOpen = incidents("?state=open");
        assertThat(stillOpen).hasSize(2);
        assertThat(find(stillOpen, "5c3e0ed6b2a7f1d4").get("updatedAt"))
                .isEqualTo(down.get("updatedAt"));
        assertThat(find(stillOpen, "5c3e0ed6b2a7f1d4").get("id")).isEqualTo(down.get("id"));
    }

    @Test
    @Order(2)
    void aChangedFiringUpdatesTheOpenIncident() throws Exception {
        ObjectNode payload = (ObjectNode) Http.JSON.readTree(Fixtures.firing());
        ((ObjectNode) payload.get("alerts").get(1).get("annotations")).put("summary", "5xx rate is now 12%");
        JsonNode receipt = post(payload.toString(), 200);
        assertThat(receipt.get("updated").asInt()).isEqualTo(1);
        assertThat(receipt.get("unchanged").asInt()).isEqualTo(1);
        assertThat(find(incidents("?state=open"), "a1f09c4be8d2e377").get("summary").asText())
                .isEqualTo("5xx rate is now 12%");
    }

    @Test
    @Order(3)
    void resolvedClosesAndDuplicatesChangeNothing() {
        JsonNode receipt = post(Fixtures.resolved(), 200);
        assertThat(receipt.get("resolved").asInt()).isEqualTo(2);
        assertThat(incidents("?state=open")).isEmpty();
        List<JsonNode> resolved = incidents("?state=resolved");
        assertThat(resolved).hasSize(2);
        JsonNode down = find(resolved, "5c3e0ed6b2a7f1d4");
        assertThat(down.get("state").asText()).isEqualTo("resolved");
        assertThat(down.get("endsAt").asText()).isEqualTo("2026-11-27T06:12:41.812Z");

        JsonNode again = post(Fixtures.resolved(), 200);
        assertThat(again.get("unchanged").asInt()).isEqualTo(2);
        // A late copy of the old firing notification does not reopen it.
        JsonNode late = post(Fixtures.firing(), 200);
        assertThat(late.get("unchanged").asInt()).isEqualTo(2);
        assertThat(incidents("?state=open")).isEmpty();
        assertThat(incidents("")).hasSize(2);
    }

    @Test
    @Order(4)
    void firingAgainLaterOpensANewIncidentAndCountsTheAlert() throws Exception {
        ObjectNode payload = (ObjectNode) Http.JSON.readTree(Fixtures.firing());
        ((ObjectNode) payload.get("alerts").get(0)).put("startsAt", "2026-11-27T07:30:00Z");
        ((com.fasterxml.jackson.databind.node.ArrayNode) payload.get("alerts")).remove(1);
        assertThat(post(payload.toString(), 200).get("opened").asInt()).isEqualTo(1);
        assertThat(incidents("?state=open")).singleElement()
                .satisfies(i -> assertThat(i.get("startsAt").asText()).isEqualTo("2026-11-27T07:30:00Z"));
        assertThat(incidents("").stream().filter(i -> i.get("fingerprint").asText().equals("5c3e0ed6b2a7f1d4")))
                .hasSize(2);

        PrometheusText scrape = PrometheusText.parse(Http.get(APP.getAdminPort(), "/metrics").body());
        assertThat(scrape.samples("nexuszero_monitor_alerts_total")).anySatisfy(s -> {
            assertThat(s.labels()).containsEntry("alert_type", "CryptoServiceDown").containsEntry("severity", "critical");
            assertThat(s.value()).isEqualTo(2.0);
        });
        assertThat(scrape.samples("nexuszero_monitor_alerts_total")).anySatisfy(s -> {
            assertThat(s.labels()).containsEntry("alert_type", "HighErrorRate").containsEntry("severity", "warning");
            assertThat(s.value()).isEqualTo(1.0);
        });
    }

    @Test
    void malformedPayloadsAreClientErrorsWithCodes() throws Exception {
        assertError(Alerts.post(APP.getLocalPort(), "{\"version\": \"4\" \"alerts\": []}"), 400,
                "malformed_json");
        assertError(Alerts.post(APP.getLocalPort(), "{\"version\":\"4\",\"alerts\":\"many\"}"), 400,
                "invalid_type");
        assertError(Alerts.post(APP.getLocalPort(), ""), 400, "missing_body");
        assertError(Alerts.post(APP.getLocalPort(), "{\"version\":\"3\",\"alerts\":[]}"), 422,
                "unsupported_version");
        assertError(Alerts.post(APP.getLocalPort(), "{\"alerts\":[]}"), 422, "invalid_alert_payload");
        assertError(Alerts.post(APP.getLocalPort(), "{\"version\":\"4\"}"), 422,
                "invalid_alert_payload");

        ObjectNode payload = (ObjectNode) Http.JSON.readTree(Fixtures.firing());
        ObjectNode first = (ObjectNode) payload.get("alerts").get(0);
        first.remove("fingerprint");
        first.put("startsAt", "yesterday");
        ((ObjectNode) payload.get("alerts").get(1)).put("status", "burning");
        ObjectNode valid = ((ObjectNode) payload.get("alerts").get(1)).deepCopy();
        valid.put("status", "firing").put("fingerprint", "ffff00001111aaaa");
        ((com.fasterxml.jackson.databind.node.ArrayNode) payload.get("alerts")).add(valid);
        Http.Reply response = Alerts.post(APP.getLocalPort(), payload.toString());
        assertError(response, 422, "invalid_alert_payload");
        List<String> fields = new ArrayList<>();
        response.json().get("errors").forEach(e -> fields.add(e.get("field").asText()));
        assertThat(fields).containsExactly("alerts[0].fingerprint", "alerts[0].startsAt", "alerts[1].status");
        // Nothing of a rejected notification is stored, not even its valid alerts.
        assertThat(incidents("")).noneMatch(i -> i.get("fingerprint").asText().equals("ffff00001111aaaa"));
    }

    @Test
    void withoutTheBearerTokenNothingIsReadOrStored() {
        int before = incidents("").size();
        Http.Reply none = Alerts.post(APP.getLocalPort(), Fixtures.firing(), null);
        assertError(none, 401, "unauthorized");
        assertThat(none.raw().headers().firstValue("WWW-Authenticate")).get().asString().startsWith("Bearer");
        assertError(Alerts.post(APP.getLocalPort(), Fixtures.firing(), "Bearer not-the-token-at-all-000000"), 401,
                "unauthorized");
        assertError(Alerts.post(APP.getLocalPort(), Fixtures.firing(), "Basic " + TestConfig.ALERT_TOKEN), 401,
                "unauthorized");
        // Authentication comes before parsing: a broken body without the token is still a 401.
        assertError(Alerts.post(APP.getLocalPort(), "{broken", null), 401, "unauthorized");
        assertThat(incidents("")).hasSize(before);
        // Reading incidents stays open (the status page shows them).
        assertThat(Http.get(APP.getLocalPort(), "/v1/incidents").status()).isEqualTo(200);
    }

    @Test
    void badIncidentQueriesAreClientErrors() {
        assertError(Http.get(APP.getLocalPort(), "/v1/incidents?state=closed"), 400, "invalid_state");
        assertError(Http.get(APP.getLocalPort(), "/v1/incidents?limit=-1"), 400, "invalid_limit");
    }

    private static JsonNode post(String body, int expectedStatus) {
        Http.Reply response = Alerts.post(APP.getLocalPort(), body);
        assertThat(response.status()).as(response.body()).isEqualTo(expectedStatus);
        return response.json();
    }

    private static List<JsonNode> incidents(String query) {
        List<JsonNode> incidents = new ArrayList<>();
        Http.getJson(APP.getLocalPort(), "/v1/incidents" + query).get("incidents").forEach(incidents::add);
        return incidents;
    }

    private static JsonNode find(List<JsonNode> incidents, String fingerprint) {
        return incidents.stream().filter(i -> i.get("fingerprint").asText().equals(fingerprint)).findFirst()
                .orElseThrow(() -> new AssertionError("no incident " + fingerprint + " in " + incidents));
    }
}
