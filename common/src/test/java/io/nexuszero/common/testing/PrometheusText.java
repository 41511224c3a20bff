package io.nexuszero.common.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A strict reader of the Prometheus text exposition format (0.0.4), enough to assert on a scrape. */
public final class PrometheusText {

    private static final Pattern SAMPLE = Pattern.compile(
            "([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{(.*)})? (-?[0-9.eE+-]+|NaN|\\+Inf|-Inf)( -?[0-9]+)?");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\",?");
    private static final Pattern TYPE = Pattern.compile("# TYPE ([a-zA-Z_:][a-zA-Z0-9_:]*) (counter|gauge|histogram|summary|untyped)");

    /** One sample line. */
    public record Sample(String name, Map<String, String> labels, double value) {
    }

    private final List<Sample> samples;
    private final Map<String, String> types;

    private PrometheusText(List<Sample> samples, Map<String, String> types) {
        this.samples = samples;
        this.types = types;
    }

    /** Parses a whole scrape; any line that is not valid exposition format throws. */
    public static PrometheusText parse(String text) {
        List<Sample> samples = new ArrayList<>();
        Map<String, String> types = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            if (line.startsWith("#")) {
                Matcher type = TYPE.matcher(line);
                if (type.matches()) {
                    types.put(type.group(1), type.group(2));
                } else if (!line.startsWith("# HELP ") && !line.startsWith("# EOF")) {
                    throw new IllegalArgumentException("Not a Prometheus comment line: " + line);
                }
                continue;
            }
            Matcher sample = SAMPLE.matcher(line);
            if (!sample.matches()) {
                throw new IllegalArgumentException("Not a Prometheus sample line: " + line);
            }
            Map<String, String> labels = new LinkedHashMap<>();
            if (sample.group(3) != null) {
                Matcher label = LABEL.matcher(sample.group(3));
                int end = 0;
                while (label.find() && label.start() == end) {
                    labels.put(label.group(1), label.group(2));
                    end = label.end();
                }
                if (end != sample.group(3).length()) {
                    throw new IllegalArgumentException("Malformed labels: " + line);
                }
            }
            samples.add(new Sample(sample.group(1), labels, parseValue(sample.group(4))));
        }
        return new PrometheusText(List.copyOf(samples), Map.copyOf(types));
    }

    private static double parseValue(String value) {
        return switch (value) {
            case "+Inf" -> Double.POSITIVE_INFINITY;
            case "-Inf" -> Double.NEGATIVE_INFINITY;
            default -> Double.parseDouble(value);
        };
    }

    public List<Sample> samples() {
        return samples;
    }

    /** The declared TYPE of a metric family, or null. */
    public String typeOf(String family) {
        return types.get(family);
    }

    public List<Sample> samples(String name) {
        return samples.stream().filter(s -> s.name().equals(name)).toList();
    }

    /** Samples of one family: the name itself or its _total/_bucket/_count/_sum/_max/_created series. */
    public List<Sample> family(String family) {
        return samples.stream().filter(s -> s.name().equals(family) || belongsTo(s.name(), family)).toList();
    }

    public boolean hasFamily(String family) {
        return !family(family).isEmpty();
    }

    private static boolean belongsTo(String sampleName, String family) {
        String base = family.endsWith("_total") ? family.substring(0, family.length() - "_total".length()) : family;
        for (String suffix : new String[] {"_total", "_bucket", "_count", "_sum", "_max", "_created"}) {
            if (sampleName.equals(base + suffix)) {
                return true;
            }
        }
        return false;
    }
}
