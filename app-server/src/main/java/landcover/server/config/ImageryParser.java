package landcover.server.config;

import io.helidon.config.Config;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import landcover.domain.InvalidValueException;
import landcover.domain.Year;

/**
 * Reads the imagery section: {@code imagery.source} (sample | local-catalog | stac) with {@code
 * path}, {@code url} and {@code collection}, and the same under {@code imagery.years.<year>}.
 */
final class ImageryParser {
    private ImageryParser() {}

    static ImagerySettings parse(Optional<Config> file, SettingSources sources) {
        ImagerySource fallback = source(sources, "imagery.", new ImagerySource.Sample());
        Map<Year, ImagerySource> byYear = new HashMap<>();
        Optional<Config> years = file.map(config -> config.get("imagery.years")).filter(Config::exists);
        years.ifPresent(node -> node.asNodeList().get().forEach(child -> {
            Year year = year(child.name());
            byYear.put(year, source(sources, "imagery.years." + child.name() + ".", fallback));
        }));
        return new ImagerySettings(fallback, byYear);
    }

    private static Year year(String text) {
        try {
            return Year.parse(text);
        } catch (InvalidValueException e) {
            throw new SettingsException("imagery.years." + text, "imagery.years." + text + ": " + e.getMessage());
        }
    }

    private static ImagerySource source(SettingSources sources, String prefix, ImagerySource fallback) {
        Optional<SettingSources.Found> kind = sources.find(prefix + "source", null);
        if (kind.isEmpty()) {
            return fallback;
        }
        return switch (kind.get().value().strip()) {
            case "sample" -> new ImagerySource.Sample();
            case "local-catalog" ->
                new ImagerySource.LocalCatalog(sources.path(prefix + "path", null)
                        .orElseThrow(() -> missing(prefix + "path", "a local-catalog source")));
            case "stac" -> stac(sources, prefix);
            default -> throw kind.get().error("is not an imagery source: expected sample, local-catalog or stac");
        };
    }

    private static ImagerySource stac(SettingSources sources, String prefix) {
        SettingSources.Found url =
                sources.find(prefix + "url", null).orElseThrow(() -> missing(prefix + "url", "a stac source"));
        String collection = sources.find(prefix + "collection", null)
                .orElseThrow(() -> missing(prefix + "collection", "a stac source"))
                .value();
        try {
            URI api = new URI(url.value().strip());
            if (!"http".equals(api.getScheme()) && !"https".equals(api.getScheme())) {
                throw url.error("is not an http or https URL");
            }
            return new ImagerySource.Stac(api, collection.strip());
        } catch (URISyntaxException e) {
            throw url.error("is not a URL");
        }
    }

    private static SettingsException missing(String key, String what) {
        return new SettingsException(key, key + " is required for " + what);
    }
}
