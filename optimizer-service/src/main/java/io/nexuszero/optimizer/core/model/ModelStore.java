package io.nexuszero.optimizer.core.model;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.nexuszero.optimizer.api.ModelInfo;
import io.nexuszero.optimizer.core.AtomicFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tribuo.Model;
import org.tribuo.regression.Regressor;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Models on disk: {@code models/<id>.tribuo} (Tribuo's protobuf format) beside {@code models/<id>.json} (metadata),
 * and {@code models/CURRENT} naming the serving model. The jar bundles one model the same way under {@code /bundled/}.
 * A file that does not deserialize into a two-output regression model is refused, never half-used.
 */
public class ModelStore {
    public static final String BUNDLED_MODEL = "/bundled/model.tribuo";
    public static final String BUNDLED_INFO = "/bundled/model.json";
    private static final Logger LOG = LoggerFactory.getLogger(ModelStore.class);
    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9._-]{1,100}");

    private final Path directory;
    private final ObjectMapper json;

    public ModelStore(Path dataDirectory, ObjectMapper json) {
        this.directory = dataDirectory.resolve("models");
        this.json = json;
    }

    public Path directory() {
        return directory;
    }

    public Path modelFile(String id) {
        return directory.resolve(requireSafe(id) + ".tribuo");
    }

    public void save(LatencyModel model) throws IOException {
        AtomicFiles.write(modelFile(model.id()), out -> model.tribuoModel().serializeToStream(out));
        AtomicFiles.write(directory.resolve(model.id() + ".json"), out -> json.writeValue(out, model.info()));
    }

    public void markCurrent(String id) throws IOException {
        AtomicFiles.write(directory.resolve("CURRENT"), requireSafe(id).getBytes(StandardCharsets.UTF_8));
    }

    public Optional<String> currentId() throws IOException {
        Path pointer = directory.resolve("CURRENT");
        if (!Files.isRegularFile(pointer)) {
            return Optional.empty();
        }
        String id = Files.readString(pointer, StandardCharsets.UTF_8).trim();
        return SAFE_ID.matcher(id).matches() ? Optional.of(id) : Optional.empty();
    }

    /** Loads a stored model; throws {@link CorruptModelException} when the file is not a usable model. */
    public LatencyModel load(String id) throws IOException, CorruptModelException {
        ModelInfo info = json.readValue(directory.resolve(requireSafe(id) + ".json").toFile(), ModelInfo.class);
        Path file = modelFile(id);
        try (InputStream in = Files.newInputStream(file)) {
            return new LatencyModel(checked(deserialize(in, file.toString()), file.toString()), compatible(info, file.toString()));
        }
    }

    public Optional<LatencyModel> loadBundled() {
        try (InputStream modelIn = ModelStore.class.getResourceAsStream(BUNDLED_MODEL);
             InputStream infoIn = ModelStore.class.getResourceAsStream(BUNDLED_INFO)) {
            if (modelIn == null || infoIn == null) {
                LOG.warn("This build bundles no model ({}): predictions need a trained model", BUNDLED_MODEL);
                return Optional.empty();
            }
            ModelInfo info = compatible(json.readValue(infoIn, ModelInfo.class), BUNDLED_INFO);
            return Optional.of(new LatencyModel(checked(deserialize(modelIn, BUNDLED_MODEL), BUNDLED_MODEL), info));
        } catch (IOException | CorruptModelException e) {
            LOG.error("The bundled model is unusable: {}", e.getMessage());
            return Optional.empty();
        }
    }

    /** Metadata of every stored model, newest first; unreadable metadata files are skipped. */
    public List<ModelInfo> list() throws IOException {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        List<ModelInfo> infos = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".json")).toList()) {
                try {
                    infos.add(json.readValue(file.toFile(), ModelInfo.class));
                } catch (IOException e) {
                    LOG.warn("Skipping unreadable model metadata {}: {}", file, e.getMessage());
                }
            }
        }
        infos.sort(Comparator.comparing(ModelInfo::trainedAt).reversed());
        return infos;
    }

    /** A model trained on other features than this build computes would predict garbage: refuse it. */
    private static ModelInfo compatible(ModelInfo info, String source) throws CorruptModelException {
        if (!Features.NAMES.equals(info.features())) {
            throw new CorruptModelException(source + " was trained on features " + info.features()
                    + ", this build computes " + Features.NAMES);
        }
        return info;
    }

    private static Model<?> deserialize(InputStream in, String source) throws CorruptModelException {
        try {
            return Model.deserializeFromStream(in);
        } catch (IOException | RuntimeException e) {
            // Protobuf parse errors, unknown classes, truncated files: all mean "not a model we can trust".
            throw new CorruptModelException(source + " is not a readable Tribuo model: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()), e);
        }
    }

    private static Model<Regressor> checked(Model<?> model, String source) throws CorruptModelException {
        if (!model.validate(Regressor.class)) {
            throw new CorruptModelException(source + " is not a regression model");
        }
        @SuppressWarnings("unchecked")
        Model<Regressor> regression = (Model<Regressor>) model;
        List<String> outputs = new ArrayList<>();
        regression.getOutputIDInfo().getDomain().forEach(r -> outputs.add(r.getNames()[0]));
        if (!outputs.contains(LatencyModel.LOG_PROVE_PER_ATTEMPT) || !outputs.contains(LatencyModel.LOG_VERIFY)) {
            throw new CorruptModelException(source + " predicts " + outputs + ", not prove and verify times");
        }
        return regression;
    }

    private static String requireSafe(String id) {
        if (id == null || !SAFE_ID.matcher(id).matches()) {
            throw new IllegalArgumentException("not a model id: " + id);
        }
        return id;
    }
}
