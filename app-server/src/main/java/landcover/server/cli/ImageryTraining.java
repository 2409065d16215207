package landcover.server.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import landcover.domain.ClassScheme;
import landcover.mlops.inference.FeatureStack;
import landcover.mlops.train.data.GroupedSplit;
import landcover.mlops.train.data.LabelFiles;
import landcover.mlops.train.data.LabelledGeometry;
import landcover.mlops.train.data.LabelledSamples;
import landcover.mlops.train.data.RasterSampler;
import landcover.raster.Raster;

/**
 * Training samples read from a GeoTIFF stack and labelled geometries.
 *
 * @param samples the samples and their scheme
 * @param holdoutRows centre pixels only when every label is a point with a 3×3 neighbourhood
 */
record ImageryTraining(LabelledSamples samples, GroupedSplit.HoldoutRows holdoutRows) {
    static ImageryTraining read(
            List<Path> stack,
            Optional<List<String>> bandNames,
            Path labels,
            String labelField,
            RasterSampler.Options options,
            Optional<ClassScheme> scheme) {
        if (labels == null || labelField == null) {
            throw new BadInputException("--stack needs --labels FILE and --label-field NAME");
        }
        List<LabelledGeometry> geometries = LabelFiles.read(labels, labelField);
        Raster raster = FeatureStack.read(stack, bandNames);
        LabelledSamples samples = RasterSampler.sample(raster, geometries, options, scheme);
        boolean centres = options.neighbourhood() && geometries.stream().allMatch(LabelledGeometry::isPoint);
        return new ImageryTraining(samples, centres ? GroupedSplit.HoldoutRows.FIRST : GroupedSplit.HoldoutRows.ALL);
    }
}
