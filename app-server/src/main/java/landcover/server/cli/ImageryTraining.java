package landcover.server.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import landcover.domain.ClassScheme;
import landcover.mlops.train.data.GroupedSplit;
import landcover.mlops.train.data.LabelledSamples;

/** Training samples read from a GeoTIFF stack and labelled geometries. */
record ImageryTraining(LabelledSamples samples, GroupedSplit.HoldoutRows holdoutRows) {
    static ImageryTraining read(List<Path> stack, Path labels, String labelField, Optional<ClassScheme> scheme) {
        if (labels == null || labelField == null) {
            throw new BadInputException("--stack needs --labels FILE and --label-field NAME");
        }
        throw new BadInputException("training from a GeoTIFF stack is not available in this build yet");
    }
}
