package landcover.mlops.registry;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A file to register with a version: a name, a media type and a way to read its bytes. The content
 * is read twice (once to hash it, once to upload it), so it must read the same both times.
 *
 * @param name the file name within the version (see {@link ArtifactEntry#name()})
 * @param mediaType its media type
 * @param content opens a fresh stream over the bytes
 */
public record ArtifactUpload(String name, String mediaType, Content content) {
    /** Opens the bytes of an artifact, from the start, each time it is called. */
    @FunctionalInterface
    public interface Content {
        /** A fresh stream over the whole content; the caller closes it. */
        InputStream open() throws IOException;
    }

    public ArtifactUpload {
        ArtifactEntry.checkName(name);
        ArtifactEntry.checkMediaType(mediaType);
        Objects.requireNonNull(content, "content");
    }

    /** An artifact held in memory (the array is copied). */
    public static ArtifactUpload ofBytes(String name, String mediaType, byte[] bytes) {
        byte[] copy = bytes.clone();
        return new ArtifactUpload(name, mediaType, () -> new ByteArrayInputStream(copy));
    }

    /** An artifact read from a file, which must not change until registration returns. */
    public static ArtifactUpload ofFile(String name, String mediaType, Path file) {
        Objects.requireNonNull(file, "file");
        return new ArtifactUpload(name, mediaType, () -> Files.newInputStream(file));
    }
}
