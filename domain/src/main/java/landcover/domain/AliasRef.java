package landcover.domain;

import java.util.Objects;

/**
 * Names the version an alias points at, without knowing it yet: model line, year and alias.
 * Printed as {@code landcover/2023@production}.
 *
 * @param name the model line
 * @param year the year
 * @param alias the alias
 */
public record AliasRef(ModelName name, Year year, Alias alias) {
    public AliasRef {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(alias, "alias");
    }

    /** The production alias of the default model line for {@code year}. */
    public static AliasRef production(Year year) {
        return new AliasRef(ModelName.DEFAULT, year, Alias.PRODUCTION);
    }

    @Override
    public String toString() {
        return name + "/" + year + "@" + alias;
    }
}
