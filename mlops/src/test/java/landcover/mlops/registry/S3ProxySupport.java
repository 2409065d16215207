package landcover.mlops.registry;

import java.net.URI;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.util.component.AbstractLifeCycle;
import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStoreContext;

/**
 * One real S3 endpoint per test JVM: S3Proxy over jclouds' in-memory blob store, on a free
 * loopback port, with AWS v4 signatures checked against a fixed key pair. Each caller gets a new
 * bucket.
 */
final class S3ProxySupport {
    static final S3Credentials CREDENTIALS = new S3Credentials("landcover-test", "landcover-test-secret");
    private static final AtomicInteger BUCKETS = new AtomicInteger();
    private static S3Proxy proxy;
    private static BlobStoreContext context;

    private S3ProxySupport() {}

    /** An {@code s3://} store URL for a new, empty bucket (with a prefix, as in production). */
    static synchronized String freshBucketUrl() {
        start();
        String bucket = "bucket-" + BUCKETS.incrementAndGet();
        context.getBlobStore().createContainerInLocation(null, bucket);
        return "s3://" + bucket + "/landcover/registry?endpoint=" + endpoint() + "&region=us-east-1";
    }

    /** The endpoint URL. */
    static synchronized String endpoint() {
        start();
        return "http://127.0.0.1:" + proxy.getPort();
    }

    private static void start() {
        if (proxy != null) {
            return;
        }
        context = ContextBuilder.newBuilder("transient")
                .credentials("unused", "unused")
                .build(BlobStoreContext.class);
        proxy = S3Proxy.builder()
                .blobStore(context.getBlobStore())
                .endpoint(URI.create("http://127.0.0.1:0"))
                .awsAuthentication(
                        AuthenticationType.AWS_V2_OR_V4, CREDENTIALS.accessKeyId(), CREDENTIALS.secretAccessKey())
                .build();
        try {
            proxy.start();
            while (!AbstractLifeCycle.STARTED.equals(proxy.getState())) {
                Thread.sleep(5);
            }
        } catch (Exception e) {
            throw new IllegalStateException("S3Proxy did not start", e);
        }
    }
}
