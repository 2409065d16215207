package landcover.mlops.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/** The contract against a real S3 endpoint (S3Proxy, in-memory), through the AWS SDK v2. */
class S3ArtifactStoreTest extends ArtifactStoreContract {
    S3Location location;

    @Override
    ArtifactStore newStore() {
        location = S3Location.parse(S3ProxySupport.freshBucketUrl());
        return new S3ArtifactStore(location, S3ProxySupport.CREDENTIALS);
    }

    @Override
    void flipOneByte(Sha256 blob, long offset) throws Exception {
        try (S3Client raw = rawClient()) {
            byte[] content = raw.getObjectAsBytes(
                            b -> b.bucket(location.bucket()).key(location.key(blob)))
                    .asByteArray();
            content[(int) offset] ^= 0x01;
            raw.putObject(b -> b.bucket(location.bucket()).key(location.key(blob)), RequestBody.fromBytes(content));
        }
    }

    private static S3Client rawClient() {
        return S3Client.builder()
                .httpClient(UrlConnectionHttpClient.create())
                .endpointOverride(URI.create(S3ProxySupport.endpoint()))
                .region(Region.US_EAST_1)
                .forcePathStyle(true)
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(
                        S3ProxySupport.CREDENTIALS.accessKeyId(), S3ProxySupport.CREDENTIALS.secretAccessKey())))
                .build();
    }

    @Test
    void blobs_liveUnderTheUrlPrefix() {
        Sha256 sha = put(bytes(10, 100)).sha256();
        try (S3Client raw = rawClient()) {
            assertThat(raw.listObjectsV2(b -> b.bucket(location.bucket())).contents())
                    .singleElement()
                    .satisfies(o -> assertThat(o.key())
                            .isEqualTo("landcover/registry/blobs/" + sha.hex().substring(0, 2) + "/" + sha.hex()));
        }
    }

    @Test
    void parse_storeUrl_readsBucketPrefixEndpointAndPathStyle() {
        S3Location parsed = S3Location.parse("s3://models/a/b/?endpoint=http://localhost:9000&region=eu-west-1");
        assertThat(parsed.bucket()).isEqualTo("models");
        assertThat(parsed.prefix()).isEqualTo("a/b");
        assertThat(parsed.endpoint()).hasToString("http://localhost:9000");
        assertThat(parsed.region()).isEqualTo("eu-west-1");
        assertThat(parsed.pathStyle()).isTrue();
    }
}
