package landcover.server.http;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import landcover.domain.ModelId;
import landcover.mlops.serving.ClassArea;
import landcover.mlops.serving.PredictionId;
import landcover.mlops.serving.PredictionResult;
import landcover.mlops.serving.PredictionTiming;
import landcover.mlops.serving.YearPrediction;
import landcover.raster.imagery.SeasonReport;

/** The JSON form of predictions (maps for the response writer). Stateless. */
final class PredictionJson {
    private PredictionJson() {}

    /** Where a prediction's status and result are. */
    static String location(PredictionId id) {
        return "/v1/predictions/" + id;
    }

    static Map<String, Object> result(PredictionResult r) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", r.id().value());
        out.put("status", "succeeded");
        out.put("createdAt", r.createdAt().toString());
        out.put("aoiAreaM2", r.aoiAreaM2());
        out.put(
                "predictions",
                r.predictions().stream().map(p -> year(r.id(), p)).toList());
        return out;
    }

    static Map<String, Object> year(PredictionId id, YearPrediction p) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("year", p.year().value());
        out.put("model", model(p.model(), p.alias().value()));
        out.put("meanConfidence", p.meanConfidence());
        out.put("nodataRatio", p.nodataRatio());
        out.put("classAreas", p.classAreas().stream().map(PredictionJson::area).toList());
        out.put(
                "pixels",
                Map.of(
                        "aoi",
                        p.pixels().aoi(),
                        "classified",
                        p.pixels().classified(),
                        "nodata",
                        p.pixels().nodata()));
        out.put("aoiPixelAreaM2", p.aoiPixelAreaM2());
        out.put("nodataAreaM2", p.nodataAreaM2());
        out.put("crs", p.crs().toString());
        out.put("synthetic", p.synthetic());
        out.put("raster", location(id) + "/raster?year=" + p.year());
        if (p.hasProbabilities()) {
            out.put("probabilities", location(id) + "/probabilities?year=" + p.year());
        }
        out.put("seasons", p.seasons().stream().map(PredictionJson::season).toList());
        out.put("replica", p.replica());
        out.put("timingMs", timing(p.timing()));
        return out;
    }

    static Map<String, Object> model(ModelId id, String alias) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", id.toString());
        out.put("name", id.name().value());
        out.put("year", id.year().value());
        out.put("version", id.version().value());
        if (alias != null) {
            out.put("alias", alias);
        }
        return out;
    }

    private static Map<String, Object> area(ClassArea a) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("code", a.code());
        out.put("name", a.name());
        out.put("color", a.color().hex());
        out.put("areaM2", a.areaM2());
        out.put("share", a.share());
        out.put("pixels", a.pixels());
        return out;
    }

    private static Map<String, Object> season(SeasonReport s) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("season", s.season().name());
        out.put("start", s.season().start().toString());
        out.put("end", s.season().end().toString());
        out.put("status", s.status().name().toLowerCase(java.util.Locale.ROOT));
        out.put("clearShare", s.clearShare());
        out.put("scenes", List.copyOf(s.sceneIds()));
        return out;
    }

    private static Map<String, Object> timing(PredictionTiming t) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("queued", t.queued().toNanos() / 1e6);
        out.put("read", t.read().toNanos() / 1e6);
        out.put("classify", t.classify().toNanos() / 1e6);
        out.put("store", t.store().toNanos() / 1e6);
        out.put("total", t.total().toNanos() / 1e6);
        return out;
    }
}
