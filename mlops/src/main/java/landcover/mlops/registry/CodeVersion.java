package landcover.mlops.registry;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The code that trained a model.
 *
 * @param gitCommit the commit of this repository, or {@code unknown}
 * @param dependencies library name to version (e.g. {@code smile-core → 6.3.0}), sorted by name
 */
public record CodeVersion(String gitCommit, Map<String, String> dependencies) {
    public CodeVersion {
        Objects.requireNonNull(gitCommit, "gitCommit");
        dependencies = java.util.Collections.unmodifiableMap(new TreeMap<>(dependencies));
    }
}
