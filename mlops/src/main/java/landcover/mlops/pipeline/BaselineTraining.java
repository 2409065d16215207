package landcover.mlops.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import landcover.domain.ClassScheme;
import landcover.domain.Year;
import landcover.domain.aoi.Aoi;
import landcover.mlops.MlopsException;
import landcover.mlops.train.ForestParams;
import landcover.mlops.train.TrainingOp;
import landcover.mlops.train.TrainingRequest;
import landcover.mlops.train.TrainingResult;
import landcover.mlops.train.data.GroupedSplit;
import landcover.mlops.train.data.LabelFiles;
import landcover.mlops.train.data.LabelledGeometry;
import landcover.mlops.train.data.LabelledSamples;
import landcover.mlops.train.data.RasterSampler;
import landcover.raster.features.FeatureList;
import landcover.raster.imagery.FeatureRead;
import landcover.raster.imagery.FeatureRequest;
import landcover.raster.imagery.ImagerySource;
import landcover.raster.imagery.SeasonReport;

/**
 * Trains one year's baseline the published method's way: the 15 baseline features read through the
 * imagery source over the points' extent, each point labelling its 3×3 neighbourhood, 15 % of the
 * locations held out (one centre pixel each) by a seeded grouped split, a random forest with default
 * parameters and a recorded seed. Stateless.
 */
final class BaselineTraining {
    /** The label property of the sample region's point files. */
    static final String LABEL_FIELD = "class";

    /** Margin around the points' extent, degrees (about 50 m): room for every 3×3 neighbourhood. */
    private static final double MARGIN = 0.0005;

    /**
     * A trained baseline with where its features came from.
     *
     * @param result the trained and evaluated forest
     * @param imagery the imagery source's description
     * @param sceneIds the acquisitions composited for the features, per season in order
     */
    record Trained(TrainingResult result, String imagery, List<String> sceneIds) {}

    private BaselineTraining() {}

    static Trained train(ImagerySource imagery, Year year, Path points, ForestParams params, int threads) {
        List<LabelledGeometry> labels = LabelFiles.read(points, LABEL_FIELD);
        FeatureRead read = imagery.read(new FeatureRequest(year, extent(labels), FeatureList.BASELINE_15.names()));
        LabelledSamples samples = RasterSampler.sample(
                read.features(),
                labels,
                new RasterSampler.Options(true, 100, params.seed()),
                Optional.of(ClassScheme.DEFAULT));
        TrainingResult result = TrainingOp.run(new TrainingRequest(
                samples,
                Optional.empty(),
                TrainingRequest.DEFAULT_HOLDOUT,
                GroupedSplit.HoldoutRows.FIRST,
                params,
                threads));
        Set<String> scenes = new LinkedHashSet<>();
        for (SeasonReport season : read.seasons()) {
            scenes.addAll(season.sceneIds());
        }
        return new Trained(result, imagery.describe(), new ArrayList<>(scenes));
    }

    /** A rectangle around every point, with a margin. */
    private static Aoi extent(List<LabelledGeometry> labels) {
        double west = 180;
        double east = -180;
        double south = 90;
        double north = -90;
        for (LabelledGeometry g : labels) {
            if (!g.isPoint()) {
                throw new MlopsException("baseline labels must be points; " + g.id() + " is not");
            }
            west = Math.min(west, g.lon());
            east = Math.max(east, g.lon());
            south = Math.min(south, g.lat());
            north = Math.max(north, g.lat());
        }
        west -= MARGIN;
        east += MARGIN;
        south -= MARGIN;
        north += MARGIN;
        return Aoi.parse(String.format(
                Locale.ROOT,
                "{\"type\":\"Polygon\",\"coordinates\":[[[%.7f,%.7f],[%.7f,%.7f],[%.7f,%.7f],[%.7f,%.7f],[%.7f,%.7f]]]}",
                west,
                south,
                east,
                south,
                east,
                north,
                west,
                north,
                west,
                south));
    }
}
