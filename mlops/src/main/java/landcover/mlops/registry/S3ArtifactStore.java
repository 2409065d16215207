package landcover.mlops.registry;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.DigestInputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Blobs as objects under {@code prefix/blobs/ab/abcdef…} in an S3 bucket. Each blob is written with
 * one PUT carrying Content-MD5, so the server refuses damaged uploads and a reader never sees a
 * partial object; the SHA-256 is checked here while the bytes stream out (a mismatch deletes the
 * object) and again on every read, and kept as object metadata. Thread-safe (the SDK client is).
 */
final class S3ArtifactStore implements ArtifactStore {
    private final S3Location location;
    private final S3Client client;

    S3ArtifactStore(S3Location location, S3Credentials credentials) {
        this.location = location;
        S3ClientBuilder builder = S3Client.builder()
                .httpClient(UrlConnectionHttpClient.create())
                .region(Region.of(location.region()))
                .forcePathStyle(location.pathStyle())
                // We send our own SHA-256 checksum; the SDK's default CRC trailers need aws-chunked
                // uploads that S3-compatible servers do not all accept.
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .credentialsProvider(
                        credentials == null
                                ? DefaultCredentialsProvider.builder().build()
                                : StaticCredentialsProvider.create(AwsBasicCredentials.create(
                                        credentials.accessKeyId(), credentials.secretAccessKey())));
        if (location.endpoint() != null) {
            builder.endpointOverride(location.endpoint());
        }
        this.client = builder.build();
    }

    @Override
    public StoredBlob put(Sha256 sha256, long sizeBytes, ArtifactUpload.Content content) {
        Optional<StoredBlob> existing = stat(sha256);
        if (existing.isPresent()) {
            return existing.get();
        }
        MessageDigest digest = Sha256.newDigest();
        PutObjectRequest request = PutObjectRequest.builder()
                .bucket(location.bucket())
                .key(location.key(sha256))
                .contentLength(sizeBytes)
                .contentMD5(md5(content))
                .metadata(Map.of("sha256", sha256.hex()))
                .build();
        try (InputStream in = content.open()) {
            client.putObject(request, RequestBody.fromInputStream(new DigestInputStream(in, digest), sizeBytes));
        } catch (SdkException e) {
            throw failure("cannot store artifact " + sha256.shortHex() + "…", e);
        } catch (IOException e) {
            throw new RegistryStorageException(location.toString(), "cannot read the content to upload", e);
        }
        Sha256 actual = Sha256.fromDigest(digest.digest());
        if (!actual.equals(sha256)) {
            delete(sha256);
            throw new ArtifactCorruptedException(null, "upload to " + location.key(sha256), sha256, actual);
        }
        return stat(sha256)
                .orElseThrow(() -> new RegistryStorageException(
                        location.toString(), "artifact " + sha256.shortHex() + "… vanished right after upload", null));
    }

    /**
     * Base64 MD5 of the content for the Content-MD5 header: S3 and every S3-compatible server we
     * met (S3Proxy, MinIO) verify it, while x-amz-checksum-sha256 is refused by some (S3Proxy 2.x
     * answers 501).
     */
    private String md5(ArtifactUpload.Content content) {
        try (InputStream in = content.open()) {
            MessageDigest md5 = MessageDigest.getInstance("MD5");
            in.transferTo(new DigestOutputStream(OutputStream.nullOutputStream(), md5));
            return Base64.getEncoder().encodeToString(md5.digest());
        } catch (IOException e) {
            throw new RegistryStorageException(location.toString(), "cannot read the content to upload", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has MD5", e);
        }
    }

    @Override
    public boolean exists(Sha256 sha256) {
        return stat(sha256).isPresent();
    }

    @Override
    public Optional<StoredBlob> stat(Sha256 sha256) {
        try {
            HeadObjectResponse head =
                    client.headObject(b -> b.bucket(location.bucket()).key(location.key(sha256)));
            return Optional.of(new StoredBlob(sha256, head.contentLength(), head.lastModified()));
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return Optional.empty();
            }
            throw failure("cannot read artifact " + sha256.shortHex() + "…", e);
        } catch (SdkException e) {
            throw failure("cannot read artifact " + sha256.shortHex() + "…", e);
        }
    }

    @Override
    public InputStream open(Sha256 sha256) {
        String key = location.key(sha256);
        try {
            return new VerifyingInputStream(
                    client.getObject(b -> b.bucket(location.bucket()).key(key)), sha256, key);
        } catch (NoSuchKeyException e) {
            throw new ArtifactMissingException(null, key, sha256);
        } catch (SdkException e) {
            throw failure("cannot read artifact " + sha256.shortHex() + "…", e);
        }
    }

    @Override
    public void delete(Sha256 sha256) {
        try {
            client.deleteObject(b -> b.bucket(location.bucket()).key(location.key(sha256)));
        } catch (SdkException e) {
            throw failure("cannot delete artifact " + sha256.shortHex() + "…", e);
        }
    }

    @Override
    public List<StoredBlob> list() {
        List<StoredBlob> result = new ArrayList<>();
        try {
            for (S3Object object : client.listObjectsV2Paginator(
                            b -> b.bucket(location.bucket()).prefix(location.keyPrefix()))
                    .contents()) {
                String name = object.key().substring(object.key().lastIndexOf('/') + 1);
                if (name.matches("[0-9a-f]{64}")) {
                    result.add(new StoredBlob(new Sha256(name), object.size(), object.lastModified()));
                }
            }
            return result;
        } catch (SdkException e) {
            throw failure("cannot list artifacts", e);
        }
    }

    @Override
    public int removeIncompleteWrites(Instant before) {
        return 0; // A single PUT is atomic: S3 keeps no partial objects.
    }

    @Override
    public String location() {
        return location.toString();
    }

    @Override
    public void close() {
        client.close();
    }

    private RegistryStorageException failure(String message, SdkException e) {
        return new RegistryStorageException(location.toString(), message + ": " + e.getMessage(), e);
    }
}
