package landcover.mlops.registry;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import landcover.domain.InvalidValueException;

/**
 * Where an S3 artifact store keeps its blobs, parsed from {@code
 * s3://bucket/prefix?endpoint=http://host:9000&region=eu-west-1&pathStyle=true}. Without {@code
 * endpoint} the AWS endpoint of the region is used; {@code pathStyle} defaults to true when an
 * endpoint is given (S3Proxy, MinIO) and false otherwise. Credentials are never part of the URL:
 * they come from the AWS default chain (environment, profile) or from {@link S3Credentials}.
 *
 * @param bucket the bucket name
 * @param prefix the key prefix without leading or trailing slash, possibly empty
 * @param endpoint the endpoint override, or null for AWS
 * @param region the signing region
 * @param pathStyle whether to address the bucket in the path rather than the host name
 */
public record S3Location(String bucket, String prefix, URI endpoint, String region, boolean pathStyle) {
    public S3Location {
        if (bucket == null || !bucket.matches("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]")) {
            throw new InvalidValueException("store-url", "'" + bucket + "' is not an S3 bucket name");
        }
        prefix = strip(Objects.requireNonNull(prefix, "prefix"));
        Objects.requireNonNull(region, "region");
    }

    /**
     * Parses an {@code s3://} store URL.
     *
     * @throws InvalidValueException naming {@code store-url} when it is not one
     */
    public static S3Location parse(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new InvalidValueException("store-url", "'" + url + "' is not a URL: " + e.getReason());
        }
        if (!"s3".equals(uri.getScheme()) || uri.getHost() == null) {
            throw new InvalidValueException("store-url", "'" + url + "' is not an s3://bucket/prefix URL");
        }
        Map<String, String> query = query(uri.getRawQuery());
        URI endpoint = query.containsKey("endpoint") ? endpoint(query.get("endpoint")) : null;
        String region = query.getOrDefault("region", "us-east-1");
        boolean pathStyle = Boolean.parseBoolean(query.getOrDefault("pathStyle", String.valueOf(endpoint != null)));
        return new S3Location(uri.getHost(), uri.getPath() == null ? "" : uri.getPath(), endpoint, region, pathStyle);
    }

    private static URI endpoint(String text) {
        try {
            URI endpoint = new URI(text);
            if (!("http".equals(endpoint.getScheme()) || "https".equals(endpoint.getScheme()))
                    || endpoint.getHost() == null) {
                throw new InvalidValueException("store-url", "endpoint '" + text + "' is not an http(s) URL");
            }
            return endpoint;
        } catch (URISyntaxException e) {
            throw new InvalidValueException("store-url", "endpoint '" + text + "' is not a URL: " + e.getReason());
        }
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> out = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return out;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw new InvalidValueException("store-url", "query parameter '" + pair + "' is not name=value");
            }
            String name = pair.substring(0, eq);
            if (!Map.of("endpoint", 1, "region", 1, "pathStyle", 1).containsKey(name)) {
                throw new InvalidValueException(
                        "store-url", "unknown parameter '" + name + "' (known: endpoint, region, pathStyle)");
            }
            out.put(name, URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return out;
    }

    private static String strip(String prefix) {
        String p = prefix;
        while (p.startsWith("/")) {
            p = p.substring(1);
        }
        while (p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        return p;
    }

    /** The key of a blob: {@code prefix/blobs/ab/abcdef…}. */
    String key(Sha256 sha256) {
        return keyPrefix() + sha256.hex().substring(0, 2) + "/" + sha256.hex();
    }

    /** The prefix every blob key starts with. */
    String keyPrefix() {
        return (prefix.isEmpty() ? "" : prefix + "/") + "blobs/";
    }

    @Override
    public String toString() {
        return "s3://" + bucket + "/" + prefix + (endpoint == null ? "" : " at " + endpoint);
    }
}
