package landcover.mlops.registry;

import java.util.Objects;
import java.util.regex.Pattern;
import landcover.domain.InvalidValueException;

/**
 * One file of a registered version, as listed in its artifact manifest.
 *
 * @param name the file name within the version, e.g. {@code model.bin} (1-128 of {@code A-Za-z0-9._-},
 *     not starting with a dot)
 * @param sha256 the content address
 * @param sizeBytes the size in bytes
 * @param mediaType e.g. {@code application/json}, {@code text/csv}, {@code image/png}
 */
public record ArtifactEntry(String name, Sha256 sha256, long sizeBytes, String mediaType) {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]{0,127}");
    private static final Pattern MEDIA_TYPE = Pattern.compile("[a-z0-9.+-]+/[a-zA-Z0-9.+-]+");

    public ArtifactEntry {
        checkName(name);
        Objects.requireNonNull(sha256, "sha256");
        if (sizeBytes < 0) {
            throw new InvalidValueException("sizeBytes", "artifact " + name + " has a negative size");
        }
        checkMediaType(mediaType);
    }

    static void checkName(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new InvalidValueException(
                    "artifact",
                    "'" + name + "' is not an artifact name: use 1-128 of A-Z a-z 0-9 . _ - (no leading dot)");
        }
    }

    static void checkMediaType(String mediaType) {
        if (mediaType == null || !MEDIA_TYPE.matcher(mediaType).matches()) {
            throw new InvalidValueException("mediaType", "'" + mediaType + "' is not a media type such as text/csv");
        }
    }
}
