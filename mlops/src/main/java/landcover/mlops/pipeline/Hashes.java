package landcover.mlops.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import landcover.mlops.pipeline.store.JsonColumns;
import landcover.mlops.registry.CodeVersion;

/** SHA-256 of files and cache keys. Stateless. */
final class Hashes {
    /**
     * Bumped when what a step writes changes in a way its inputs do not show, so old cache entries
     * stop matching.
     */
    static final int STEP_FORMAT = 1;

    private Hashes() {}

    static String file(Path file) {
        MessageDigest digest = digest();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot hash " + file, e);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    static String text(String text) {
        return HexFormat.of().formatHex(digest().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** The cache key of a step: its name, format version, inputs and the code version that runs it. */
    static String cacheKey(StepName step, Map<String, Object> inputs, CodeVersion code) {
        Map<String, Object> key = new LinkedHashMap<>();
        key.put("step", step.label());
        key.put("format", STEP_FORMAT);
        key.put("inputs", inputs);
        key.put("code", code.gitCommit());
        key.put("libraries", code.dependencies());
        return text(JsonColumns.write(key));
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
