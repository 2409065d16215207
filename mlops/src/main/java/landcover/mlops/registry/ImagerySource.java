package landcover.mlops.registry;

import java.util.List;
import java.util.Objects;

/**
 * The imagery a model's features were computed from.
 *
 * @param source the catalogue or provider, e.g. {@code sentinel-2-l2a (earth-search)} or {@code
 *     synthetic(seed=42)}
 * @param itemIds the composite and scene ids used, in the order the pipeline used them
 */
public record ImagerySource(String source, List<String> itemIds) {
    public ImagerySource {
        Objects.requireNonNull(source, "source");
        itemIds = List.copyOf(itemIds);
    }
}
