package landcover.mlops.registry;

import java.util.Objects;

/**
 * A static S3 access key pair, for endpoints outside the AWS default credential chain (S3Proxy,
 * MinIO in tests). {@link #toString()} hides the secret.
 *
 * @param accessKeyId the access key id
 * @param secretAccessKey the secret key
 */
public record S3Credentials(String accessKeyId, String secretAccessKey) {
    public S3Credentials {
        Objects.requireNonNull(accessKeyId, "accessKeyId");
        Objects.requireNonNull(secretAccessKey, "secretAccessKey");
    }

    @Override
    public String toString() {
        return "S3Credentials[" + accessKeyId + ", secret hidden]";
    }
}
