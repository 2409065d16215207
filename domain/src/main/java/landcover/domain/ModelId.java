package landcover.domain;

import java.util.Objects;

/**
 * Identifies one immutable model version: a model line, the year it classifies, and the version
 * number within that year. Printed as {@code landcover/2023/v3}.
 *
 * @param name the model line
 * @param year the year the model classifies
 * @param version the version within that line and year
 */
public record ModelId(ModelName name, Year year, ModelVersion version) {
    public ModelId {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(version, "version");
    }

    /** Version {@code version} of the default model line for {@code year}. */
    public static ModelId of(Year year, int version) {
        return new ModelId(ModelName.DEFAULT, year, new ModelVersion(version));
    }

    @Override
    public String toString() {
        return name + "/" + year + "/" + version;
    }
}
