package io.nexuszero.optimizer.core.dataset;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The measurements: JSON lines, one {@link Sample} per line. Samples collected here are appended to
 * {@code dataset.jsonl} in the data directory as they arrive (a failed job keeps what it measured); the samples
 * the jar ships are read from the classpath. A line that does not parse is skipped with a warning, so one torn
 * write cannot lose the rest.
 */
public class DatasetStore {
    public static final String BUNDLED_RESOURCE = "/bundled/dataset.jsonl";
    private static final Logger LOG = LoggerFactory.getLogger(DatasetStore.class);

    private final Path file;
    private final ObjectMapper json;
    private final AtomicInteger collectedCount = new AtomicInteger(-1);

    public DatasetStore(Path dataDirectory, ObjectMapper json) {
        this.file = dataDirectory.resolve("dataset.jsonl");
        this.json = json;
    }

    public Path file() {
        return file;
    }

    public synchronized void append(Sample sample) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE)) {
            out.write(json.writeValueAsString(sample));
            out.write('\n');
        }
        if (collectedCount.get() >= 0) {
            collectedCount.incrementAndGet();
        }
    }

    /** How many samples were collected here (read from disk once, then counted). */
    public synchronized int collectedCount() {
        if (collectedCount.get() < 0) {
            try {
                collectedCount.set(collected().size());
            } catch (IOException e) {
                return 0;
            }
        }
        return collectedCount.get();
    }

    public synchronized List<Sample> collected() throws IOException {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        }
    }

    public List<Sample> bundled() {
        try (InputStream in = DatasetStore.class.getResourceAsStream(BUNDLED_RESOURCE)) {
            return in == null ? List.of() : read(in, BUNDLED_RESOURCE);
        } catch (IOException e) {
            LOG.error("The bundled dataset {} is unreadable: {}", BUNDLED_RESOURCE, e.getMessage());
            return List.of();
        }
    }

    /** Every sample the models train on: the bundled ones and those collected here. */
    public List<Sample> all() throws IOException {
        List<Sample> all = new ArrayList<>(bundled());
        all.addAll(collected());
        return all;
    }

    public static void write(List<Sample> samples, Path target, ObjectMapper json) throws IOException {
        Files.createDirectories(target.toAbsolutePath().getParent());
        try (Writer out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            for (Sample sample : samples) {
                out.write(json.writeValueAsString(sample));
                out.write('\n');
            }
        }
    }

    private List<Sample> read(InputStream in, String source) throws IOException {
        List<Sample> samples = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            try {
                samples.add(json.readValue(line, Sample.class));
            } catch (IOException e) {
                LOG.warn("Skipping unreadable sample at {}:{} ({})", source, number, e.getMessage());
            }
        }
        return samples;
    }
}
