package landcover.server.config;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/** The effective settings as plain JSON-ready maps, for logs and the admin settings endpoint. No secrets. */
public final class SettingsView {
    private SettingsView() {}

    /** The settings as nested maps, in a stable order. */
    public static Map<String, Object> describe(ServerSettings settings) {
        Map<String, Object> out = new LinkedHashMap<>();
        ListenSettings listen = settings.listen();
        out.put(
                "server",
                ordered(
                        "host", listen.host(),
                        "port", listen.port(),
                        "grpcPort", listen.grpcPort(),
                        "shutdownGraceSeconds", listen.shutdownGrace().toSeconds()));
        out.put("dataDir", settings.dataDir().toString());
        out.put("security", security(settings.security()));
        LimitSettings limits = settings.limits();
        out.put(
                "limits",
                ordered(
                        "maxBodyBytes", limits.maxBodyBytes(),
                        "maxAoiAreaKm2", limits.aoi().maxAreaM2() / 1e6,
                        "maxAoiVertices", limits.aoi().maxVertices(),
                        "validationConcurrency", limits.validationConcurrency(),
                        "validationQueue", limits.validationQueue(),
                        "predictionQueue", limits.predictionQueue()));
        out.put("imagery", imagery(settings.imagery()));
        out.put("classScheme", settings.classes().name());
        return out;
    }

    private static Map<String, Object> security(SecuritySettings security) {
        String admin = switch (security.adminToken()) {
            case AdminTokenSource.FromEnvironment env -> "environment " + SettingsLoader.ADMIN_TOKEN_ENV;
            case AdminTokenSource.HashFile file -> "hash file " + file.hashFile();
        };
        Map<String, Object> out = ordered("adminToken", admin);
        switch (security.apiAccess()) {
            case ApiAccess.Open open -> out.put("apiAccess", "open");
            case ApiAccess.ApiKeys keys -> {
                out.put("apiAccess", "api-keys");
                out.put("apiKeysFile", keys.keyFile().toString());
            }
        }
        return out;
    }

    private static Map<String, Object> imagery(ImagerySettings imagery) {
        Map<String, Object> byYear = new TreeMap<>();
        imagery.byYear().forEach((year, source) -> byYear.put(year.toString(), source(source)));
        return ordered("default", source(imagery.defaultSource()), "years", byYear);
    }

    private static Map<String, Object> source(ImagerySource source) {
        return switch (source) {
            case ImagerySource.Sample sample -> ordered("source", "sample");
            case ImagerySource.LocalCatalog catalog ->
                ordered("source", "local-catalog", "path", catalog.directory().toString());
            case ImagerySource.Stac stac ->
                ordered("source", "stac", "url", stac.api().toString(), "collection", stac.collection());
        };
    }

    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            out.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return out;
    }
}
