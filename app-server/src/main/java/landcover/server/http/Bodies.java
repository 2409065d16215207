package landcover.server.http;

import io.helidon.http.HttpMediaType;
import io.helidon.webserver.http.ServerRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Reads request bodies within the size limit. The listener refuses bodies whose declared length is
 * over the limit before routing; this also stops chunked bodies, which declare no length, at the
 * limit instead of buffering them whole.
 */
final class Bodies {
    /** Media types accepted for GeoJSON and JSON bodies. */
    static final List<String> JSON_TYPES = List.of("application/json", "application/geo+json");

    private Bodies() {}

    /**
     * The body as UTF-8 text.
     *
     * @throws RequestProblemException over the limit (413), with another content type (415), or
     *     not UTF-8 (400)
     */
    static String jsonText(ServerRequest req, long maxBytes) {
        checkJsonType(req.headers().contentType());
        OptionalLong declared = req.headers().contentLength();
        if (declared.isPresent() && declared.getAsLong() > maxBytes) {
            throw RequestProblemException.bodyTooLarge(maxBytes);
        }
        if (!req.content().hasEntity()) {
            throw RequestProblemException.malformed("the request needs a JSON body");
        }
        return utf8(read(req, maxBytes));
    }

    /**
     * The body as UTF-8 text of one of {@code types} (a missing content type is accepted).
     *
     * @throws RequestProblemException over the limit (413), with another content type (415), empty or
     *     not UTF-8 (400)
     */
    static String text(ServerRequest req, long maxBytes, List<String> types) {
        Optional<HttpMediaType> type = req.headers().contentType();
        if (type.isPresent() && !types.contains(type.get().mediaType().text())) {
            throw RequestProblemException.unsupportedMediaType(
                    type.get().mediaType().text(), types);
        }
        OptionalLong declared = req.headers().contentLength();
        if (declared.isPresent() && declared.getAsLong() > maxBytes) {
            throw RequestProblemException.bodyTooLarge(maxBytes);
        }
        if (!req.content().hasEntity()) {
            throw RequestProblemException.malformed("the request needs a body");
        }
        return utf8(read(req, maxBytes));
    }

    private static void checkJsonType(Optional<HttpMediaType> type) {
        if (type.isEmpty()) {
            return;
        }
        String given = type.get().mediaType().text();
        if (!JSON_TYPES.contains(given)) {
            throw RequestProblemException.unsupportedMediaType(given, JSON_TYPES);
        }
    }

    private static byte[] read(ServerRequest req, long maxBytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[16 * 1024];
        try (InputStream in = req.content().inputStream()) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                out.write(buffer, 0, n);
                if (out.size() > maxBytes) {
                    throw RequestProblemException.bodyTooLarge(maxBytes);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the request body", e);
        }
        return out.toByteArray();
    }

    private static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw RequestProblemException.malformed("the request body is not UTF-8 text");
        }
    }
}
