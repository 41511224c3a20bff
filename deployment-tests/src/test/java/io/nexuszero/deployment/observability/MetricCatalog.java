package io.nexuszero.deployment.observability;

import io.nexuszero.deployment.support.Repo;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The metric names a query may use: everything docs/METRICS.md names (the services' contract, which
 * common's MetricsDocumentationTest keeps in step with the code) with the series suffixes their types
 * produce, plus the series Prometheus itself attaches to every scrape.
 */
public final class MetricCatalog {

    private static final Pattern BACKTICKED = Pattern.compile("`([a-z_:][a-z0-9_:]*)(?:\\{[^`]*})?`");
    private static final List<String> PREFIXES = List.of("nexuszero_", "jvm_", "process_", "system_", "jetty_", "loki4j_");
    private static final List<String> SUFFIXES = List.of("", "_bucket", "_count", "_sum", "_max");
    private static final Set<String> PROMETHEUS_SERIES = Set.of(
            "up", "scrape_duration_seconds", "scrape_samples_scraped", "scrape_series_added",
            "scrape_samples_post_metric_relabeling", "ALERTS", "ALERTS_FOR_STATE");

    private final Set<String> known;

    private MetricCatalog(Set<String> known) {
        this.known = known;
    }

    public static MetricCatalog fromDocs() {
        String doc = Repo.read("docs/METRICS.md");
        Set<String> names = new LinkedHashSet<>(PROMETHEUS_SERIES);
        Matcher m = BACKTICKED.matcher(doc);
        while (m.find()) {
            String name = m.group(1);
            if (PREFIXES.stream().anyMatch(name::startsWith)) {
                SUFFIXES.forEach(suffix -> names.add(name + suffix));
            }
        }
        return new MetricCatalog(names);
    }

    public boolean contains(String metric) {
        return known.contains(metric);
    }

    public Set<String> names() {
        return known;
    }
}
