package io.nexuszero.crypto.api;

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
import org.junit.jupiter.api.Test;

/** Error codes live in CryptoErrors only, and each is documented in docs/API.md. */
class CryptoErrorsTest {

    /** A code spelled as a literal: {@code badRequest("x", …)}, {@code new ApiException(400, "x", …)}, {@code tooLarge("x", …)}. */
    private static final Pattern LITERAL_CODE = Pattern.compile(
            "(ApiException\\.[a-zA-Z]+\\(\\s*\"|new ApiException\\(\\s*\\d+,\\s*\"|tooLarge\\(\\s*\"|limit\\(\\s*\"[a-z_]+_too_large\")");

    @Test
    void noCodeIsSpelledOutsideCryptoErrors() throws IOException {
        List<String> offenders = new ArrayList<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                if (LITERAL_CODE.matcher(Files.readString(source)).find()) {
                    offenders.add(source.toString());
                }
            }
        }
        assertThat(offenders).isEmpty();
    }

    @Test
    void everyCodeIsDocumented() throws Exception {
        String api = Files.readString(Path.of("../docs/API.md"));
        List<String> codes = new ArrayList<>();
        List<String> undocumented = new ArrayList<>();
        for (Field field : CryptoErrors.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                String code = (String) field.get(null);
                codes.add(code);
                if (!Pattern.compile("\\b" + code + "\\b").matcher(api).find()) {
                    undocumented.add(code);
                }
            }
        }
        assertThat(codes).hasSizeGreaterThan(30);
        assertThat(undocumented).isEmpty();
    }
}
