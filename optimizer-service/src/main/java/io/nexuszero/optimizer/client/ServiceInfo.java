package io.nexuszero.optimizer.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** GET /v1/info of crypto-service: its version is recorded with every measurement. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ServiceInfo(String service, String version, long uptimeSeconds) {
}
