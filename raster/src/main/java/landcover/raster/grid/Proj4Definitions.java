package landcover.raster.grid;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import landcover.raster.RasterException;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateReferenceSystem;
import org.locationtech.proj4j.Proj4jException;
import org.locationtech.proj4j.io.Proj4FileReader;

/**
 * proj4 definitions of EPSG codes, read once from proj4j-epsg's table and cached. Only the
 * definition strings are shared: each {@link CrsTransform} builds its own proj4j objects from them,
 * because some proj4j projections (Cassini, New Zealand Map Grid, …) write instance fields while
 * projecting and so cannot be shared between threads. Thread-safe.
 */
final class Proj4Definitions {
    private static final Map<Integer, String[]> CACHE = new ConcurrentHashMap<>();

    private Proj4Definitions() {}

    /** The proj4 parameters of {@code code}, e.g. {@code +proj=utm +zone=30 +datum=WGS84 …}. */
    static String[] parameters(EpsgCode code) {
        return CACHE.computeIfAbsent(code.code(), c -> read(code)).clone();
    }

    private static String[] read(EpsgCode code) {
        String[] parameters = new Proj4FileReader().getParameters(code.toString());
        if (parameters == null || parameters.length == 0) {
            throw new RasterException(code.toString(), "unknown EPSG code (not in proj4j's EPSG table)");
        }
        return parameters;
    }

    /** A new, unshared proj4j CRS for {@code code}. */
    static CoordinateReferenceSystem create(EpsgCode code) {
        try {
            return new CRSFactory().createFromParameters(code.toString(), parameters(code));
        } catch (Proj4jException e) {
            throw new RasterException(code.toString(), "proj4j cannot build this CRS: " + e.getMessage(), e);
        }
    }

    /** True when {@code code} is a geographic (longitude/latitude) CRS. */
    static boolean isGeographic(EpsgCode code) {
        for (String parameter : parameters(code)) {
            if (parameter.equals("+proj=longlat") || parameter.equals("+proj=latlong")) {
                return true;
            }
        }
        return false;
    }
}
