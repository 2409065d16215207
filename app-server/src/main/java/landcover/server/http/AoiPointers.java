package landcover.server.http;

import landcover.domain.aoi.InvalidAoiException;

/**
 * Re-roots an AOI error found in a member of a larger document (the {@code aoi} of a prediction
 * request), so its pointer names the member in the whole request body.
 */
final class AoiPointers {
    private static final String PREFIX = "invalid AOI: ";

    private AoiPointers() {}

    /** The same error with {@code root} in front of its pointer. */
    static InvalidAoiException under(String root, InvalidAoiException e) {
        if (e.problem() == InvalidAoiException.Problem.MALFORMED_JSON) {
            return e;
        }
        String reason = e.getMessage().startsWith(PREFIX) ? e.getMessage().substring(PREFIX.length()) : e.getMessage();
        String where = e.pointer().isEmpty() ? "" : " (at " + e.pointer() + ")";
        if (!where.isEmpty() && reason.endsWith(where)) {
            reason = reason.substring(0, reason.length() - where.length());
        }
        String at = e.location().map(l -> " at " + l).orElse("");
        if (!at.isEmpty() && reason.endsWith(at)) {
            reason = reason.substring(0, reason.length() - at.length());
        }
        return new InvalidAoiException(
                e.problem(), root + e.pointer(), reason, e.location().orElse(null));
    }
}
