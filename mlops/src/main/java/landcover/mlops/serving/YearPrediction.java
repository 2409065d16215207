package landcover.mlops.serving;

import java.util.List;
import java.util.Objects;
import landcover.domain.Alias;
import landcover.domain.ModelId;
import landcover.domain.Year;
import landcover.raster.grid.EpsgCode;
import landcover.raster.imagery.SeasonReport;

/**
 * The prediction of one year over an AOI.
 *
 * @param year the year classified
 * @param model the version that classified it
 * @param alias the alias it was served through
 * @param replica the replica that ran it (or {@code job} for a job)
 * @param meanConfidence mean over classified AOI pixels of the top-class probability, in (0, 1]; 0
 *     when no pixel could be classified
 * @param nodataRatio share of AOI pixels without features or class, 0 to 1
 * @param classAreas area per class present, by code; shares sum to 1 over the classified area
 * @param pixels AOI, classified and nodata pixel counts
 * @param nodataAreaM2 ground area of the AOI pixels without a class, m²
 * @param crs the CRS of the result rasters (the UTM zone of the AOI's centre, 10 m pixels)
 * @param synthetic true when the imagery or the model is synthetic: the result must say so
 * @param seasons per season of the model's features, how its composite turned out over the AOI
 * @param hasProbabilities whether a probability raster was stored
 * @param timing where the time went
 */
public record YearPrediction(
        Year year,
        ModelId model,
        Alias alias,
        String replica,
        double meanConfidence,
        double nodataRatio,
        List<ClassArea> classAreas,
        PixelCounts pixels,
        double nodataAreaM2,
        EpsgCode crs,
        boolean synthetic,
        List<SeasonReport> seasons,
        boolean hasProbabilities,
        PredictionTiming timing) {
    public YearPrediction {
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(alias, "alias");
        Objects.requireNonNull(replica, "replica");
        classAreas = List.copyOf(classAreas);
        Objects.requireNonNull(pixels, "pixels");
        Objects.requireNonNull(crs, "crs");
        seasons = List.copyOf(seasons);
        Objects.requireNonNull(timing, "timing");
    }

    /** Ground area of the AOI's pixels (classified and not), m². */
    public double aoiPixelAreaM2() {
        return nodataAreaM2 + classAreas.stream().mapToDouble(ClassArea::areaM2).sum();
    }
}
