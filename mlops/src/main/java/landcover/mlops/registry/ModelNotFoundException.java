package landcover.mlops.registry;

import java.util.Objects;
import java.util.Optional;
import landcover.domain.Alias;
import landcover.domain.AliasRef;
import landcover.domain.ModelId;
import landcover.domain.ModelName;
import landcover.domain.ModelVersion;
import landcover.domain.Year;
import landcover.mlops.MlopsException;

/**
 * No registered version answers the request: the year has no versions, the version number was
 * never assigned, or the alias points nowhere. Carries the model line, year and the version or
 * alias asked for.
 */
public final class ModelNotFoundException extends MlopsException {
    private static final long serialVersionUID = 1L;

    private final transient ModelName name;
    private final transient Year year;
    private final transient ModelVersion version;
    private final transient Alias alias;

    private ModelNotFoundException(ModelName name, Year year, ModelVersion version, Alias alias, String message) {
        super(message);
        this.name = Objects.requireNonNull(name, "name");
        this.year = Objects.requireNonNull(year, "year");
        this.version = version;
        this.alias = alias;
    }

    /** Version {@code id} is not registered. */
    public static ModelNotFoundException of(ModelId id) {
        return new ModelNotFoundException(
                id.name(), id.year(), id.version(), null, "model " + id + " is not registered");
    }

    /** Alias {@code ref} points at no version. */
    public static ModelNotFoundException of(AliasRef ref) {
        return new ModelNotFoundException(
                ref.name(),
                ref.year(),
                null,
                ref.alias(),
                "alias " + ref + " is not set: no version is " + ref.alias() + " for " + ref.year());
    }

    /** The year has no versions of model line {@code name}. */
    public static ModelNotFoundException ofYear(ModelName name, Year year) {
        return new ModelNotFoundException(
                name, year, null, null, "no version of model " + name + " is registered for " + year);
    }

    /** The model line. */
    public ModelName name() {
        return name;
    }

    /** The year. */
    public Year year() {
        return year;
    }

    /** The version asked for, if the request named one. */
    public Optional<ModelVersion> version() {
        return Optional.ofNullable(version);
    }

    /** The alias asked for, if the request named one. */
    public Optional<Alias> alias() {
        return Optional.ofNullable(alias);
    }
}
