package landcover.mlops.pipeline;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import landcover.mlops.pipeline.store.JsonColumns;

/**
 * Step outputs on disk, content-addressed by cache key: {@code <root>/<step>/<key>/} holds the
 * files and {@code outputs.json}. A step writes into a temporary sibling that is renamed into place
 * when complete, so a directory under its key is always whole; temporaries left by a crash are
 * removed at start. Thread-safe (renames are atomic; a lost race reuses the winner's directory).
 */
final class StepCache {
    static final String OUTPUTS = "outputs.json";
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

    /** Produces a step's files in a directory and returns its outputs. */
    @FunctionalInterface
    interface Producer {
        Map<String, Object> produce(Path dir) throws IOException;
    }

    private final Path root;

    StepCache(Path root) {
        this.root = root;
    }

    Path dir(StepName step, String key) {
        return root.resolve(step.label()).resolve(key);
    }

    boolean has(StepName step, String key) {
        return Files.isRegularFile(dir(step, key).resolve(OUTPUTS));
    }

    Map<String, Object> outputs(StepName step, String key) {
        try {
            return JsonColumns.read(Files.readString(dir(step, key).resolve(OUTPUTS)), MAP);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read cached outputs of " + step.label() + " " + key, e);
        }
    }

    Map<String, Object> produce(StepName step, String key, Producer producer) {
        Path target = dir(step, key);
        Path temp = target.resolveSibling(".tmp-" + key.substring(0, 12) + "-" + UUID.randomUUID());
        try {
            Files.createDirectories(temp);
            Map<String, Object> outputs = producer.produce(temp);
            Files.writeString(temp.resolve(OUTPUTS), JsonColumns.write(outputs), StandardCharsets.UTF_8);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException | java.nio.file.DirectoryNotEmptyException e) {
                return outputs(step, key);
            }
            return outputs;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the outputs of step " + step.label(), e);
        } finally {
            deleteTree(temp);
        }
    }

    /** Removes temporaries a crashed step left behind. */
    void removeTemporaries() {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (DirectoryStream<Path> steps = Files.newDirectoryStream(root)) {
            for (Path step : steps) {
                try (DirectoryStream<Path> temps = Files.newDirectoryStream(step, ".tmp-*")) {
                    temps.forEach(StepCache::deleteTree);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clean the step cache " + root, e);
        }
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + dir, e);
        }
    }
}
