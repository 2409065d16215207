package landcover.mlops.registry;

import java.util.Objects;
import landcover.domain.AliasRef;
import landcover.domain.InvalidValueException;
import landcover.domain.ModelVersion;

/**
 * A request to point an alias at a version.
 *
 * @param alias the alias (line, year, name)
 * @param version the version it should point at, of the same line and year
 * @param by who asks (a person or a pipeline run)
 * @param reason why, for the promotion history
 */
public record AliasMove(AliasRef alias, ModelVersion version, String by, String reason) {
    public AliasMove {
        Objects.requireNonNull(alias, "alias");
        Objects.requireNonNull(version, "version");
        by = requireText(by, "by");
        reason = requireText(reason, "reason");
    }

    static String requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException(field, "must not be empty");
        }
        if (value.length() > 1000) {
            throw new InvalidValueException(field, "at most 1000 characters");
        }
        return value.strip();
    }
}
