package io.nexuszero.deployment.observability;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the metric names a PromQL expression reads. Not a full parser: it removes what cannot be a
 * metric name (string literals, label matchers, range/subquery brackets, grouping label lists,
 * Grafana variables), then takes every identifier that is neither a function call nor a keyword.
 */
public final class PromQl {

    private static final Set<String> KEYWORDS = Set.of(
            "by", "without", "on", "ignoring", "group_left", "group_right", "bool",
            "and", "or", "unless", "offset", "inf", "nan", "atan2");
    private static final Pattern STRING = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)*'|`[^`]*`");
    private static final Pattern BRACES = Pattern.compile("\\{[^{}]*}");
    private static final Pattern BRACKETS = Pattern.compile("\\[[^\\[\\]]*]");
    private static final Pattern GROUPING = Pattern.compile(
            "\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^()]*\\)");
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{?\\w+(?::\\w+)?}?");
    private static final Pattern IDENTIFIER = Pattern.compile("(?<![\\w.])([a-zA-Z_:][a-zA-Z0-9_:]*)(\\s*\\()?");
    private static final Pattern LABEL_VALUES = Pattern.compile("^\\s*label_values\\(\\s*(?:([a-zA-Z_:][a-zA-Z0-9_:]*)\\s*(?:\\{[^}]*})?\\s*,)?\\s*(\\w+)\\s*\\)\\s*$");

    private PromQl() {
    }

    public static Set<String> metricNames(String expression) {
        String rest = VARIABLE.matcher(STRING.matcher(expression).replaceAll("\"\"")).replaceAll("1");
        rest = BRACES.matcher(rest).replaceAll(" ");
        rest = BRACKETS.matcher(rest).replaceAll(" ");
        rest = GROUPING.matcher(rest).replaceAll(" ");
        Set<String> names = new LinkedHashSet<>();
        Matcher m = IDENTIFIER.matcher(rest);
        while (m.find()) {
            String word = m.group(1);
            boolean call = m.group(2) != null;
            if (!call && !KEYWORDS.contains(word.toLowerCase())) {
                names.add(word);
            }
        }
        return names;
    }

    private static final Pattern CUMULATIVE = Pattern.compile("(?<![\\w:])([a-zA-Z_:][a-zA-Z0-9_:]*_(?:total|count|sum|bucket))(?![\\w:])");

    /**
     * Counters (and the cumulative series of histograms) read without {@code rate}, {@code irate} or
     * {@code increase} over a range: their raw value only says how long the process has been running.
     */
    public static Set<String> countersWithoutRate(String expression) {
        String text = STRING.matcher(expression).replaceAll("\"\"");
        Set<String> bare = new LinkedHashSet<>();
        Matcher m = CUMULATIVE.matcher(text);
        while (m.find()) {
            String before = text.substring(0, m.start()).stripTrailing();
            String after = text.substring(m.end()).replaceFirst("^\\s*\\{[^}]*}", "").stripLeading();
            boolean wrapped = before.matches("(?s).*\\b(rate|irate|increase)\\s*\\(") && after.startsWith("[");
            if (!wrapped) {
                bare.add(m.group(1));
            }
        }
        return bare;
    }

    /** The metric of a Grafana {@code label_values(metric, label)} variable query, or null for label_values(label). */
    public static String labelValuesMetric(String query) {
        Matcher m = LABEL_VALUES.matcher(query);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a label_values() query: " + query);
        }
        return m.group(1);
    }
}
