package landcover.mlops.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import landcover.domain.DomainException;
import landcover.domain.ModelId;
import landcover.domain.ModelName;
import landcover.domain.ModelVersion;
import landcover.domain.Year;

/**
 * Model bundles: one ZIP holding {@code model.json} (format tag, source id and registry, creation
 * time, lineage, artifact manifest) and every artifact under {@code artifacts/NAME}. Export writes a
 * temporary file and renames it into place; import checks every artifact against the manifest
 * before registering anything. Stateless.
 */
final class Bundles {
    static final String FORMAT = "landcover-model-bundle/1";
    static final String METADATA = "model.json";

    private Bundles() {}

    static void write(ModelVersionRecord record, String sourceRegistry, ArtifactReader reader, Path bundle) {
        Path target = bundle.toAbsolutePath();
        Path part = target.resolveSibling(target.getFileName() + ".part");
        try {
            try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(part))) {
                zip.putNextEntry(new ZipEntry(METADATA));
                zip.write(Json.text(metadata(record, sourceRegistry)).getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
                for (ArtifactEntry a : record.artifacts()) {
                    zip.putNextEntry(new ZipEntry("artifacts/" + a.name()));
                    try (InputStream in = reader.open(record.id(), a.name())) {
                        in.transferTo(zip);
                    }
                    zip.closeEntry();
                }
            }
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new RegistryStorageException(target.toString(), "cannot write the bundle", e);
        } finally {
            try {
                Files.deleteIfExists(part);
            } catch (IOException e) {
                // Leftover .part file: harmless, overwritten by the next export.
            }
        }
    }

    /** Opens artifacts of registered versions (the registry's verified read). */
    @FunctionalInterface
    interface ArtifactReader {
        InputStream open(ModelId id, String name);
    }

    private static ObjectNode metadata(ModelVersionRecord record, String sourceRegistry) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("id", record.id().toString());
        root.put("name", record.id().name().value());
        root.put("year", record.id().year().value());
        root.put("version", record.id().version().value());
        root.put("createdAt", record.createdAt().toString());
        root.put("sourceRegistry", sourceRegistry);
        root.put("importedFrom", record.importedFrom());
        root.set("lineage", LineageJson.toTree(record.lineage()));
        ArrayNode artifacts = root.putArray("artifacts");
        for (ArtifactEntry a : record.artifacts()) {
            artifacts
                    .addObject()
                    .put("name", a.name())
                    .put("sha256", a.sha256().hex())
                    .put("sizeBytes", a.sizeBytes())
                    .put("mediaType", a.mediaType());
        }
        return root;
    }

    /** A bundle read and checked: the request to register and the source it came from. */
    record Contents(RegistrationRequest request, String source) {}

    /** Reads and checks a bundle; the zip file must stay open until registration is done. */
    static Contents read(ZipFile zip, String bundle) {
        JsonNode root = metadata(zip, bundle);
        try {
            if (!FORMAT.equals(root.path("format").asText())) {
                throw new InvalidBundleException(bundle, METADATA, "format is not " + FORMAT);
            }
            ModelName name = new ModelName(root.path("name").asText());
            Year year = new Year(root.path("year").asInt());
            ModelVersion version = new ModelVersion(root.path("version").asInt());
            List<ArtifactUpload> uploads = new ArrayList<>();
            for (JsonNode a : root.path("artifacts")) {
                uploads.add(checkedUpload(zip, bundle, a));
            }
            RegistrationRequest request =
                    new RegistrationRequest(name, year, LineageJson.fromTree(root.path("lineage")), uploads);
            String source = new ModelId(name, year, version) + " from "
                    + root.path("sourceRegistry").asText("?");
            return new Contents(request, source);
        } catch (DomainException e) {
            throw new InvalidBundleException(bundle, METADATA, e.getMessage());
        }
    }

    private static JsonNode metadata(ZipFile zip, String bundle) {
        ZipEntry entry = zip.getEntry(METADATA);
        if (entry == null) {
            throw new InvalidBundleException(bundle, METADATA, "missing: this is not a model bundle");
        }
        try (InputStream in = zip.getInputStream(entry)) {
            return Json.MAPPER.readTree(in);
        } catch (IOException e) {
            throw new InvalidBundleException(bundle, METADATA, "not readable JSON: " + e.getMessage());
        }
    }

    private static ArtifactUpload checkedUpload(ZipFile zip, String bundle, JsonNode a) {
        ArtifactEntry expected = new ArtifactEntry(
                a.path("name").asText(),
                Sha256.parse(a.path("sha256").asText()),
                a.path("sizeBytes").asLong(),
                a.path("mediaType").asText());
        String entryName = "artifacts/" + expected.name();
        ZipEntry entry = zip.getEntry(entryName);
        if (entry == null) {
            throw new InvalidBundleException(bundle, entryName, "listed in the manifest but missing");
        }
        MessageDigest digest = Sha256.newDigest();
        long size;
        try (InputStream in = zip.getInputStream(entry);
                OutputStream sink = new DigestOutputStream(OutputStream.nullOutputStream(), digest)) {
            size = in.transferTo(sink);
        } catch (IOException e) {
            throw new InvalidBundleException(bundle, entryName, "cannot be read: " + e.getMessage());
        }
        Sha256 actual = Sha256.fromDigest(digest.digest());
        if (!actual.equals(expected.sha256()) || size != expected.sizeBytes()) {
            throw new InvalidBundleException(
                    bundle,
                    entryName,
                    "sha256 " + actual.shortHex() + "… (" + size
                            + " bytes) does not match the manifest's "
                            + expected.sha256().shortHex() + "… ("
                            + expected.sizeBytes() + " bytes)");
        }
        return new ArtifactUpload(expected.name(), expected.mediaType(), () -> zip.getInputStream(entry));
    }
}
