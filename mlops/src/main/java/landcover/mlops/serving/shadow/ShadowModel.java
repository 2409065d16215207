package landcover.mlops.serving.shadow;

import java.util.Objects;
import landcover.domain.ModelId;
import landcover.mlops.inference.CompiledForest;

/**
 * The model a year's {@code shadow} alias points at, loaded.
 *
 * @param id its version
 * @param forest its compiled forest
 */
public record ShadowModel(ModelId id, CompiledForest forest) {
    public ShadowModel {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(forest, "forest");
    }
}
