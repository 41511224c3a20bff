package io.nexuszero.crypto.auth;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The configured bearer tokens, each with a name: the name owns the keys created with the token (so a token can be
 * rotated under the same name without losing its keys). Only SHA-256 hashes of the tokens are kept. A presented
 * token is hashed and compared with every configured hash by {@link MessageDigest#isEqual} without stopping early,
 * so neither the token's content nor which entry matched shows in the timing.
 *
 * <p>Configuration errors name the setting and the entry's position, never a token.
 */
public final class ApiTokens {

    /** Token names: what owns keys; shown in logs, never secret. */
    public static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    /** Shortest accepted token: guessing must be hopeless. */
    public static final int MIN_TOKEN_CHARS = 16;

    private static final String SETTING = "apiTokens (NEXUSZERO_API_TOKENS)";
    private static final String FILE_SETTING = "apiTokensFile (NEXUSZERO_API_TOKENS_FILE)";
    private static final String ADMIN_SETTING = "apiAdmins (NEXUSZERO_API_ADMINS)";

    private record Entry(String name, byte[] hash, boolean admin) {
    }

    private final List<Entry> entries;

    private ApiTokens(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    /** Tokens from name=token pairs; no admins. For tests and tools. */
    public static ApiTokens of(String pairs) {
        return load(pairs, "", "");
    }

    /**
     * Reads {@code apiTokens} (comma-separated {@code name=token} pairs) or {@code apiTokensFile} (one
     * {@code name=token} a line, {@code #} comments), never both, and marks the names listed in {@code apiAdmins} as
     * administrators. Throws {@link IllegalStateException} naming the setting on any error.
     */
    public static ApiTokens load(String pairs, String file, String admins) {
        boolean hasPairs = !pairs.isBlank();
        boolean hasFile = !file.isBlank();
        if (hasPairs && hasFile) {
            throw new IllegalStateException("Both " + SETTING + " and " + FILE_SETTING + " are set; set only one");
        }
        List<String[]> parsed = new ArrayList<>();
        if (hasPairs) {
            parse(Arrays.asList(pairs.split(",")), SETTING, parsed);
        } else if (hasFile) {
            Path path = Path.of(file.trim());
            List<String> lines;
            try {
                lines = Files.readAllLines(path, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new IllegalStateException("Cannot read " + FILE_SETTING + " at " + path + ": "
                        + e.getClass().getSimpleName());
            }
            parse(lines.stream().filter(line -> !line.strip().startsWith("#")).toList(), FILE_SETTING, parsed);
        }
        Set<String> names = new HashSet<>();
        Set<String> adminNames = new HashSet<>();
        for (String admin : admins.split(",")) {
            if (!admin.isBlank()) {
                adminNames.add(admin.trim());
            }
        }
        List<Entry> entries = new ArrayList<>();
        Set<String> hashes = new HashSet<>();
        for (String[] pair : parsed) {
            byte[] hash = sha256(pair[1]);
            if (!names.add(pair[0])) {
                throw new IllegalStateException("The token name '" + pair[0] + "' appears twice in "
                        + (hasFile ? FILE_SETTING : SETTING));
            }
            if (!hashes.add(Arrays.toString(hash))) {
                throw new IllegalStateException("Two token names share one token in "
                        + (hasFile ? FILE_SETTING : SETTING) + " (the token of '" + pair[0] + "' is repeated)");
            }
            entries.add(new Entry(pair[0], hash, adminNames.contains(pair[0])));
        }
        for (String admin : adminNames) {
            if (!names.contains(admin)) {
                throw new IllegalStateException(ADMIN_SETTING + " names '" + admin
                        + "', which is not a configured token name");
            }
        }
        return new ApiTokens(entries);
    }

    private static void parse(List<String> items, String setting, List<String[]> into) {
        int position = 0;
        for (String item : items) {
            String trimmed = item.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            position++;
            int equals = trimmed.indexOf('=');
            if (equals < 0) {
                throw new IllegalStateException("Entry " + position + " of " + setting
                        + " is not name=token (each token needs a name: the name owns the keys created with it)");
            }
            String name = trimmed.substring(0, equals).strip();
            String token = trimmed.substring(equals + 1).strip();
            if (!NAME.matcher(name).matches()) {
                throw new IllegalStateException("Entry " + position + " of " + setting
                        + " has an invalid name (1-64 of A-Z a-z 0-9 . _ -, starting with a letter or digit)");
            }
            if (token.length() < MIN_TOKEN_CHARS) {
                throw new IllegalStateException("The token named '" + name + "' in " + setting + " is shorter than "
                        + MIN_TOKEN_CHARS + " characters");
            }
            into.add(new String[] {name, token});
        }
    }

    /** No tokens configured. */
    public boolean none() {
        return entries.isEmpty();
    }

    /** The caller a presented token authenticates, or empty. Compares against every entry, matched or not. */
    public Optional<Caller> authenticate(String presented) {
        if (presented == null) {
            return Optional.empty();
        }
        byte[] presentedHash = sha256(presented);
        Entry match = null;
        for (Entry entry : entries) {
            if (MessageDigest.isEqual(entry.hash(), presentedHash) & match == null) {
                match = entry;
            }
        }
        return match == null ? Optional.empty() : Optional.of(new Caller(match.name(), match.admin()));
    }

    /** The token names (never the tokens), for the startup log line. */
    public List<String> names() {
        return entries.stream().map(e -> e.admin() ? e.name() + " (admin)" : e.name()).toList();
    }

    private static byte[] sha256(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
        }
    }

    @Override
    public String toString() {
        return "ApiTokens[" + entries.size() + " configured]";
    }
}
