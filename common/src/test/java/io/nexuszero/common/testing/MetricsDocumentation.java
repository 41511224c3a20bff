package io.nexuszero.common.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** The metric table of docs/METRICS.md, so tests can hold the document and the code in step. */
public final class MetricsDocumentation {

    /** One documented metric: Prometheus name, type, labels and owning service ("all" for every service). */
    public record DocumentedMetric(String name, String type, List<String> labels, String service) {
        public boolean appliesTo(String serviceName) {
            return service.equals("all") || service.equals(serviceName);
        }
    }

    private final List<DocumentedMetric> metrics;

    private MetricsDocumentation(List<DocumentedMetric> metrics) {
        this.metrics = metrics;
    }

    /** Finds docs/METRICS.md from the module directory or the repository root. */
    public static MetricsDocumentation load() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path doc = dir.resolve("docs/METRICS.md");
            if (Files.isRegularFile(doc)) {
                return parse(doc);
            }
        }
        throw new IllegalStateException("docs/METRICS.md not found above " + Path.of("").toAbsolutePath());
    }

    static MetricsDocumentation parse(Path doc) {
        try {
            List<DocumentedMetric> metrics = new ArrayList<>();
            for (String line : Files.readAllLines(doc)) {
                String[] cells = line.trim().split("\\|", -1);
                // "| `name` | type | labels | service | description |" splits into 7 cells
                if (cells.length < 7 || !cells[1].trim().startsWith("`")) {
                    continue;
                }
                String name = cells[1].trim().replace("`", "");
                List<String> labels = new ArrayList<>();
                for (String label : cells[3].split(",")) {
                    if (!label.isBlank() && !label.trim().equals("—") && !label.trim().equals("-")) {
                        labels.add(label.trim().replace("`", ""));
                    }
                }
                metrics.add(new DocumentedMetric(name, cells[2].trim(), List.copyOf(labels),
                        cells[4].trim().replace("`", "")));
            }
            return new MetricsDocumentation(List.copyOf(metrics));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<DocumentedMetric> all() {
        return metrics;
    }

    public List<DocumentedMetric> forService(String serviceName) {
        return metrics.stream().filter(m -> m.appliesTo(serviceName)).toList();
    }

    /**
     * Problems between the document and a scrape of the named service: documented metrics missing from
     * the scrape (or missing a documented label), and nexuszero_* families in the scrape not documented.
     */
    public List<String> mismatches(String serviceName, PrometheusText scrape) {
        List<String> problems = new ArrayList<>();
        for (DocumentedMetric metric : forService(serviceName)) {
            List<PrometheusText.Sample> samples = scrape.family(metric.name());
            if (samples.isEmpty()) {
                problems.add(metric.name() + " is documented for " + metric.service() + " but " + serviceName
                        + " does not export it");
                continue;
            }
            for (String label : metric.labels()) {
                if (samples.stream().noneMatch(s -> s.labels().containsKey(label))) {
                    problems.add(metric.name() + " lacks documented label " + label);
                }
            }
        }
        Set<String> documented = new TreeSet<>();
        metrics.forEach(m -> documented.add(base(m.name())));
        Set<String> undocumented = new TreeSet<>();
        for (PrometheusText.Sample sample : scrape.samples()) {
            if (sample.name().startsWith("nexuszero_") && documented.stream().noneMatch(d -> isOf(sample.name(), d))) {
                undocumented.add(sample.name());
            }
        }
        undocumented.forEach(name -> problems.add(name + " is exported by " + serviceName + " but not in docs/METRICS.md"));
        return problems;
    }

    private static String base(String name) {
        return name.endsWith("_total") ? name.substring(0, name.length() - "_total".length()) : name;
    }

    private static boolean isOf(String sampleName, String documentedBase) {
        if (sampleName.equals(documentedBase)) {
            return true;
        }
        for (String suffix : new String[] {"_total", "_bucket", "_count", "_sum", "_max", "_created"}) {
            if (sampleName.equals(documentedBase + suffix)) {
                return true;
            }
        }
        return false;
    }
}
