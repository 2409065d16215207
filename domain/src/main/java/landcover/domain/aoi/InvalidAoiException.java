package landcover.domain.aoi;

import java.util.Objects;
import java.util.Optional;
import landcover.domain.DomainException;
import landcover.domain.LonLat;

/**
 * The GeoJSON given as an area of interest cannot be used: it is not JSON, not a polygon, or not a
 * valid one. Carries the kind of problem, the JSON pointer of the offending member and, for
 * geometric problems, the location.
 */
public final class InvalidAoiException extends DomainException {
    private static final long serialVersionUID = 1L;

    /** What is wrong, coarse enough for an edge to map to an error type. */
    public enum Problem {
        MALFORMED_JSON,
        NOT_A_POLYGON,
        MISSING_GEOMETRY,
        EMPTY,
        BAD_COORDINATES,
        UNCLOSED_RING,
        TOO_FEW_POSITIONS,
        SELF_INTERSECTION,
        INVALID_TOPOLOGY,
        CROSSES_ANTIMERIDIAN,
        OUTSIDE_COVERAGE,
        TOO_COMPLEX
    }

    private final Problem problem;
    private final String pointer;
    private final transient LonLat location;

    /**
     * @param problem the kind of problem
     * @param pointer RFC 6901 JSON pointer of the offending member within the AOI ({@code ""} = root)
     * @param reason a sentence saying what is wrong
     * @param location where the problem is, or null when it has no single place
     */
    public InvalidAoiException(Problem problem, String pointer, String reason, LonLat location) {
        super(message(pointer, reason, location));
        this.problem = Objects.requireNonNull(problem, "problem");
        this.pointer = Objects.requireNonNull(pointer, "pointer");
        this.location = location;
    }

    private static String message(String pointer, String reason, LonLat location) {
        String where = pointer.isEmpty() ? "" : " (at " + pointer + ")";
        String at = location == null ? "" : " at " + location;
        return "invalid AOI: " + reason + at + where;
    }

    /** The kind of problem. */
    public Problem problem() {
        return problem;
    }

    /** RFC 6901 JSON pointer of the offending member within the AOI document. */
    public String pointer() {
        return pointer;
    }

    /** Where the problem is, when it has a single place (a self-intersection, a bad vertex). */
    public Optional<LonLat> location() {
        return Optional.ofNullable(location);
    }

    @Override
    public String field() {
        return pointer;
    }
}
