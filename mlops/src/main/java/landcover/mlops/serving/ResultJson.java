package landcover.mlops.serving;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import landcover.domain.Alias;
import landcover.domain.ModelId;
import landcover.domain.ModelName;
import landcover.domain.ModelVersion;
import landcover.domain.RgbColor;
import landcover.domain.Year;
import landcover.mlops.MlopsException;
import landcover.raster.grid.EpsgCode;
import landcover.raster.imagery.Season;
import landcover.raster.imagery.SeasonReport;

/** The stored form of a {@link PredictionResult} ({@code prediction.json}), both ways. Stateless. */
final class ResultJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ResultJson() {}

    static byte[] write(PredictionResult result) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("id", result.id().value());
        root.put("createdAt", result.createdAt().toString());
        root.put("aoiAreaM2", result.aoiAreaM2());
        ArrayNode years = root.putArray("predictions");
        result.predictions().forEach(p -> years.add(year(p)));
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
        } catch (IOException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }

    private static ObjectNode year(YearPrediction p) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("year", p.year().value());
        o.putObject("model")
                .put("name", p.model().name().value())
                .put("year", p.model().year().value())
                .put("version", p.model().version().value());
        o.put("alias", p.alias().value());
        o.put("replica", p.replica());
        o.put("meanConfidence", p.meanConfidence());
        o.put("nodataRatio", p.nodataRatio());
        ArrayNode areas = o.putArray("classAreas");
        for (ClassArea a : p.classAreas()) {
            areas.addObject()
                    .put("code", a.code())
                    .put("name", a.name())
                    .put("color", a.color().hex())
                    .put("pixels", a.pixels())
                    .put("areaM2", a.areaM2())
                    .put("share", a.share());
        }
        o.putObject("pixels")
                .put("aoi", p.pixels().aoi())
                .put("classified", p.pixels().classified())
                .put("nodata", p.pixels().nodata());
        o.put("nodataAreaM2", p.nodataAreaM2());
        o.put("crs", p.crs().toString());
        o.put("synthetic", p.synthetic());
        ArrayNode seasons = o.putArray("seasons");
        for (SeasonReport s : p.seasons()) {
            ObjectNode so = seasons.addObject();
            so.put("season", s.season().name())
                    .put("start", s.season().start().toString())
                    .put("end", s.season().end().toString())
                    .put("status", s.status().name())
                    .put("clearShare", s.clearShare());
            s.sceneIds().forEach(so.putArray("sceneIds")::add);
        }
        o.put("hasProbabilities", p.hasProbabilities());
        PredictionTiming t = p.timing();
        o.putObject("timing")
                .put("queued", t.queued().toString())
                .put("read", t.read().toString())
                .put("classify", t.classify().toString())
                .put("store", t.store().toString())
                .put("total", t.total().toString());
        return o;
    }

    /**
     * Reads the stored form back.
     *
     * @throws MlopsException when the bytes are not a stored prediction
     */
    static PredictionResult read(byte[] bytes) {
        try {
            JsonNode root = MAPPER.readTree(bytes);
            List<YearPrediction> years = new ArrayList<>();
            for (JsonNode y : root.required("predictions")) {
                years.add(year(y));
            }
            return new PredictionResult(
                    new PredictionId(root.required("id").asText()),
                    Instant.parse(root.required("createdAt").asText()),
                    root.required("aoiAreaM2").asDouble(),
                    years);
        } catch (IOException | RuntimeException e) {
            throw new MlopsException("a stored prediction is unreadable: " + e.getMessage(), e);
        }
    }

    private static YearPrediction year(JsonNode o) {
        JsonNode m = o.required("model");
        ModelId model = new ModelId(
                new ModelName(m.required("name").asText()),
                new Year(m.required("year").asInt()),
                new ModelVersion(m.required("version").asInt()));
        List<ClassArea> areas = new ArrayList<>();
        for (JsonNode a : o.required("classAreas")) {
            areas.add(new ClassArea(
                    a.required("code").asInt(),
                    a.required("name").asText(),
                    RgbColor.parse(a.required("color").asText()),
                    a.required("pixels").asLong(),
                    a.required("areaM2").asDouble(),
                    a.required("share").asDouble()));
        }
        JsonNode px = o.required("pixels");
        JsonNode t = o.required("timing");
        return new YearPrediction(
                new Year(o.required("year").asInt()),
                model,
                new Alias(o.required("alias").asText()),
                o.required("replica").asText(),
                o.required("meanConfidence").asDouble(),
                o.required("nodataRatio").asDouble(),
                areas,
                new PixelCounts(
                        px.required("aoi").asLong(),
                        px.required("classified").asLong(),
                        px.required("nodata").asLong()),
                o.required("nodataAreaM2").asDouble(),
                EpsgCode.parse(o.required("crs").asText()),
                o.required("synthetic").asBoolean(),
                seasons(o.required("seasons")),
                o.required("hasProbabilities").asBoolean(),
                new PredictionTiming(
                        Duration.parse(t.required("queued").asText()),
                        Duration.parse(t.required("read").asText()),
                        Duration.parse(t.required("classify").asText()),
                        Duration.parse(t.required("store").asText()),
                        Duration.parse(t.required("total").asText())));
    }

    private static List<SeasonReport> seasons(JsonNode array) {
        List<SeasonReport> seasons = new ArrayList<>();
        for (JsonNode s : array) {
            List<String> scenes = new ArrayList<>();
            s.path("sceneIds").forEach(id -> scenes.add(id.asText()));
            seasons.add(new SeasonReport(
                    new Season(
                            s.required("season").asText(),
                            LocalDate.parse(s.required("start").asText()),
                            LocalDate.parse(s.required("end").asText())),
                    SeasonReport.Status.valueOf(s.required("status").asText()),
                    scenes,
                    s.required("clearShare").asDouble()));
        }
        return seasons;
    }
}
