package io.nexuszero.common.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Each service keeps its error codes as constants in one class ({@code CryptoErrors}, {@code OptimizerErrors},
 * {@code MonitorErrors}): these checks fail when a code is spelled as a literal anywhere else in the service's
 * sources, or when a code is missing from docs/API.md.
 */
public final class ErrorCodeRules {

    /** A literal code: {@code badRequest("x", …)}, {@code new ApiException(400, "x", …)}, {@code tooLarge("x")}. */
    private static final Pattern LITERAL_CODE = Pattern.compile("(ApiException\\.[a-zA-Z]+\\(\\s*\""
            + "|new ApiException\\(\\s*\\d+,\\s*\"|tooLarge\\(\\s*\"|limit\\(\\s*\"[a-z_]+_too_large\")");

    private ErrorCodeRules() {
    }

    /** No main source file of the module (run from its directory) spells a code as a literal. */
    public static void assertNoLiteralCodes() throws IOException {
        List<String> offenders = new ArrayList<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                if (LITERAL_CODE.matcher(Files.readString(source)).find()) {
                    offenders.add(source.toString());
                }
            }
        }
        assertThat(offenders).as("error codes spelled outside the service's errors class").isEmpty();
    }

    /** Every public String constant of {@code errors} is named in docs/API.md; there are at least {@code minimum}. */
    public static void assertDocumented(Class<?> errors, int minimum) throws IOException, IllegalAccessException {
        String api = Files.readString(Path.of("../docs/API.md"));
        List<String> codes = new ArrayList<>();
        List<String> undocumented = new ArrayList<>();
        for (Field field : errors.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                String code = (String) field.get(null);
                codes.add(code);
                if (!Pattern.compile("\\b" + code + "\\b").matcher(api).find()) {
                    undocumented.add(code);
                }
            }
        }
        assertThat(codes).hasSizeGreaterThanOrEqualTo(minimum);
        assertThat(undocumented).as("codes of " + errors.getSimpleName() + " missing from docs/API.md").isEmpty();
    }
}
