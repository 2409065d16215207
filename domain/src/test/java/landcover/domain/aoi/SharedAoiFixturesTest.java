package landcover.domain.aoi;

import static landcover.domain.aoi.InvalidAoiException.Problem.BAD_COORDINATES;
import static landcover.domain.aoi.InvalidAoiException.Problem.INVALID_TOPOLOGY;
import static landcover.domain.aoi.InvalidAoiException.Problem.MISSING_GEOMETRY;
import static landcover.domain.aoi.InvalidAoiException.Problem.NOT_A_POLYGON;
import static landcover.domain.aoi.InvalidAoiException.Problem.OUTSIDE_COVERAGE;
import static landcover.domain.aoi.InvalidAoiException.Problem.SELF_INTERSECTION;
import static landcover.domain.aoi.InvalidAoiException.Problem.TOO_FEW_POSITIONS;
import static landcover.domain.aoi.InvalidAoiException.Problem.UNCLOSED_RING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import landcover.domain.aoi.InvalidAoiException.Problem;
import landcover.domain.json.JsonReader;
import landcover.testing.SharedData;
import org.junit.jupiter.api.Test;

/**
 * Every GeoJSON file in the shared real-data folders, with the verdict we expect and why. The
 * expected topology verdicts agree with GEOS (GDAL's ogr IsValid), checked when these were written.
 */
class SharedAoiFixturesTest {
    /** The verdict for a file: valid, or the problem and why the file has it. */
    private record Verdict(Problem problem, String why) {
        static Verdict valid(String why) {
            return new Verdict(null, why);
        }
    }

    private static final Map<String, Verdict> EXPECTED = new TreeMap<>(Map.ofEntries(
            Map.entry("geojson_aoi/andalucia_community_cartodb.geojson", Verdict.valid("102-part MultiPolygon")),
            Map.entry("geojson_aoi/andalucia_simplified_khaos.geojson", Verdict.valid("one hand-simplified Polygon")),
            Map.entry(
                    "geojson_aoi/landcoverpy_example_points_malaga.geojson",
                    new Verdict(NOT_A_POLYGON, "labelled Points, not an area")),
            Map.entry("geojson_aoi/malaga_el_ejido_district.geojson", Verdict.valid("district polygon")),
            Map.entry("geojson_aoi/malaga_province_cartodb.geojson", Verdict.valid("coarse province MultiPolygon")),
            Map.entry("geojson_aoi/malaga_teatinos_campus.geojson", Verdict.valid("campus polygon")),
            Map.entry("geojson_aoi/mfe50_cordoba_agricola_polygon.geojson", Verdict.valid("one MFE50 polygon")),
            Map.entry(
                    "geojson_aoi/naturalearth_lowres_countries.geojson",
                    new Verdict(
                            OUTSIDE_COVERAGE,
                            "Antarctica reaches 90°S, beyond the UTM band; the first"
                                    + " structural error wins over USA's and Sudan's self-intersections (tested apart)")),
            Map.entry(
                    "geojson_aoi/sierra_nieves_forest_types_polygons.geojson",
                    Verdict.valid("69 valid polygons, merged by union")),
            Map.entry(
                    "geojson_aoi/slovenia_border_eolearn.geojson",
                    new Verdict(BAD_COORDINATES, "declares crs EPSG:32633: UTM metres, not WGS84 degrees")),
            Map.entry(
                    "geojson_aoi/spain_communities_cartodb.geojson",
                    new Verdict(TOO_FEW_POSITIONS, "Canarias has a degenerate ring (repeated positions)")),
            Map.entry(
                    "geojson_aoi/spain_provinces_cartodb.geojson",
                    new Verdict(TOO_FEW_POSITIONS, "Las Palmas has the same degenerate ring")),
            Map.entry("geojson_edge_cases/geojsonhint_good/good-feature-with-id.geojson", notPolygon("Point")),
            Map.entry("geojson_edge_cases/geojsonhint_good/good-feature-with-string-id.geojson", notPolygon("Point")),
            Map.entry("geojson_edge_cases/geojsonhint_good/good-feature.geojson", notPolygon("Point")),
            Map.entry("geojson_edge_cases/geojsonhint_good/good-featurecollection-bbox.geojson", notPolygon("Points")),
            Map.entry(
                    "geojson_edge_cases/geojsonhint_good/good-featurecollection-bbox3d.geojson", notPolygon("Points")),
            Map.entry(
                    "geojson_edge_cases/geojsonhint_good/good-featurecollection-extensions.geojson",
                    notPolygon("a Point among other types")),
            Map.entry(
                    "geojson_edge_cases/geojsonhint_good/good-featurecollection.geojson",
                    notPolygon("a Point among other types")),
            Map.entry(
                    "geojson_edge_cases/geojsonhint_good/good-geometrycollection.geojson",
                    notPolygon("GeometryCollection is not an accepted AOI type")),
            Map.entry("geojson_edge_cases/geojsonhint_good/good-linestring.geojson", notPolygon("LineString")),
            Map.entry(
                    "geojson_edge_cases/geojsonhint_good/good-multilinestring.geojson", notPolygon("MultiLineString")),
            Map.entry("geojson_edge_cases/geojsonhint_good/good-multipoint.geojson", notPolygon("MultiPoint")),
            Map.entry("geojson_edge_cases/geojsonhint_good/good-point-3d.geojson", notPolygon("Point")),
            Map.entry("geojson_edge_cases/geojsonhint_good/good-point.geojson", notPolygon("Point")),
            Map.entry("geojson_edge_cases/geojsonhint_good/good-polygon.geojson", Verdict.valid("plain polygon")),
            Map.entry(
                    "geojson_edge_cases/geojsonhint_good/issue82.geojson",
                    new Verdict(BAD_COORDINATES, "latitude -107 and longitude -259 are outside WGS84 ranges")),
            Map.entry("geojson_edge_cases/geojsonhint_good/multipolygon.geojson", Verdict.valid("plain MultiPolygon")),
            Map.entry(
                    "geojson_edge_cases/geojsonhint_good/nullgeometry.geojson",
                    new Verdict(MISSING_GEOMETRY, "a Feature with geometry null")),
            Map.entry("geojson_edge_cases/geojsonhint_good/nullproperties.geojson", notPolygon("Point")),
            Map.entry("geojson_edge_cases/real_3d_xyz/sf_storms_xyz_linestringz.geojson", notPolygon("storm tracks")),
            Map.entry(
                    "geojson_edge_cases/turf_boolean_valid/false/GeometryCollection/empty-geometry-collection.geojson",
                    notPolygon("GeometryCollection")),
            Map.entry(
                    "geojson_edge_cases/turf_boolean_valid/false/GeometryCollection/malformed-geometry-in-collection.geojson",
                    notPolygon("GeometryCollection")),
            Map.entry(
                    "geojson_edge_cases/turf_boolean_valid/false/GeometryCollection/nested-collection.geojson",
                    notPolygon("GeometryCollection")),
            Map.entry(
                    "geojson_edge_cases/turf_boolean_valid/false/GeometryCollection/no-type-in-nested-geometry.geojson",
                    notPolygon("GeometryCollection")),
            Map.entry(
                    "geojson_edge_cases/turf_boolean_valid/false/GeometryCollection/non-geometry-in-collection.geojson",
                    notPolygon("GeometryCollection")),
            Map.entry(
                    "geojson_edge_cases/turf_boolean_valid/false/MultiPoint/multipoint.geojson",
                    notPolygon("MultiPoint")),
            Map.entry(
                    "geojson_edge_cases/turf_boolean_valid/false/MultiPolygon/multipoly-with-2-vertices-touching.geojson",
                    new Verdict(INVALID_TOPOLOGY, "a hole touches its shell twice: the interior is disconnected")),
            Map.entry(
                    "geojson_edge_cases/turf_boolean_valid/false/MultiPolygon/multipolygons-overlap.geojson",
                    new Verdict(SELF_INTERSECTION, "the two polygons of one MultiPolygon overlap")),
            Map.entry(
                    "geojson_edge_cases/turf_boolean_valid/false/MultiPolygon/not-enough-coords.geojson",
                    new Verdict(TOO_FEW_POSITIONS, "a ring of 3 positions")),
            Map.entry("geojson_edge_cases/turf_boolean_valid/false/Point/point.geojson", notPolygon("Point")),
            Map.entry(
                    "geojson_edge_cases/turf_boolean_valid/false/Polygon/not-closing-ring.geojson",
                    new Verdict(UNCLOSED_RING, "first and last positions differ")),
            Map.entry(
                    "geojson_edge_cases/turf_boolean_valid/false/Polygon/not-enough-coords.geojson",
                    new Verdict(TOO_FEW_POSITIONS, "a ring of 3 positions")),
            Map.entry(
                    "geojson_edge_cases/turf_boolean_valid/false/Polygon/polygon-with-hole-2-vertices-touching.geojson",
                    new Verdict(INVALID_TOPOLOGY, "hole touching the shell at two vertices disconnects the interior")),
            Map.entry(
                    "geojson_edge_cases/turf_boolean_valid/false/Polygon/polygon-with-puncture.geojson",
                    new Verdict(SELF_INTERSECTION, "a puncture: the ring runs in and back out along itself")),
            Map.entry(
                    "geojson_edge_cases/turf_boolean_valid/false/Polygon/polygon-with-spike.geojson",
                    new Verdict(SELF_INTERSECTION, "a spike: the ring touches itself")),
            Map.entry(
                    "geojson_edge_cases/turf_boolean_valid/true/GeometryCollection/geometry-collection.geojson",
                    notPolygon("GeometryCollection, valid GeoJSON but not an accepted AOI type")),
            Map.entry(
                    "geojson_edge_cases/turf_boolean_valid/true/LineString/linestring.geojson",
                    notPolygon("LineString")),
            Map.entry(
                    "geojson_edge_cases/turf_boolean_valid/true/MultiLineString/multilinestring.geojson",
                    notPolygon("MultiLineString")),
            Map.entry(
                    "geojson_edge_cases/turf_boolean_valid/true/MultiPoint/multipoint-with-z.geojson",
                    notPolygon("MultiPoint")),
            Map.entry(
                    "geojson_edge_cases/turf_boolean_valid/true/MultiPoint/multipoint.geojson",
                    notPolygon("MultiPoint")),
            Map.entry(
                    "geojson_edge_cases/turf_boolean_valid/true/MultiPolygon/multipolygon-touch.geojson",
                    Verdict.valid("polygons touching at a point are valid (OGC)")),
            Map.entry(
                    "geojson_edge_cases/turf_boolean_valid/true/MultiPolygon/multipolygon-with-hole.geojson",
                    Verdict.valid("MultiPolygon with a hole")),
            Map.entry(
                    "geojson_edge_cases/turf_boolean_valid/true/MultiPolygon/multipolygon.geojson",
                    Verdict.valid("MultiPolygon")),
            Map.entry("geojson_edge_cases/turf_boolean_valid/true/Point/point-with-z.geojson", notPolygon("Point")),
            Map.entry("geojson_edge_cases/turf_boolean_valid/true/Point/point.geojson", notPolygon("Point")),
            Map.entry(
                    "geojson_edge_cases/turf_boolean_valid/true/Polygon/polygon-internal-hole.geojson",
                    Verdict.valid("a hole strictly inside")),
            Map.entry(
                    "geojson_edge_cases/turf_boolean_valid/true/Polygon/polygon-with-hole-1-vertice-touching.geojson",
                    Verdict.valid("a hole touching the shell at one point is valid (OGC)")),
            Map.entry(
                    "geojson_edge_cases/turf_boolean_valid/true/Polygon/polygon.geojson",
                    Verdict.valid("plain polygon")),
            Map.entry("geojson_edge_cases/turf_misc/turf-boolean-parallel__fiji.geojson", notPolygon("LineStrings")),
            Map.entry(
                    "geojson_edge_cases/turf_misc/turf-boolean-point-in-polygon__multipoly-with-hole.geojson",
                    Verdict.valid("MultiPolygon with a hole")),
            Map.entry(
                    "geojson_edge_cases/turf_misc/turf-buffer__issue-#801-Ecuador.geojson",
                    notPolygon("a Point beside the polygon")),
            Map.entry(
                    "geojson_edge_cases/turf_misc/turf-buffer__northern-polygon.geojson",
                    Verdict.valid("74.7°N is inside the UTM band")),
            Map.entry(
                    "geojson_edge_cases/turf_misc/turf-buffer__polygon-with-holes.geojson",
                    Verdict.valid("holes inside")),
            Map.entry(
                    "geojson_edge_cases/turf_misc/turf-intersect__armenia.geojson",
                    Verdict.valid("two polygons, merged")),
            Map.entry(
                    "geojson_edge_cases/turf_rewind_in/feature-collection.geojson",
                    Verdict.valid("winding normalised")),
            Map.entry(
                    "geojson_edge_cases/turf_rewind_in/geometry-polygon-counter-clockwise.geojson",
                    Verdict.valid("RFC 7946 winding already")),
            Map.entry("geojson_edge_cases/turf_rewind_in/line-clockwise.geojson", notPolygon("LineString")),
            Map.entry("geojson_edge_cases/turf_rewind_in/line-counter-clockwise.geojson", notPolygon("LineString")),
            Map.entry(
                    "geojson_edge_cases/turf_rewind_in/polygon-clockwise.geojson",
                    Verdict.valid("wrong winding is accepted and normalised")),
            Map.entry(
                    "geojson_edge_cases/turf_rewind_in/polygon-counter-clockwise.geojson",
                    Verdict.valid("RFC 7946 winding")),
            Map.entry(
                    "geojson_edge_cases/turf_unkink_polygon_in/complex.geojson",
                    new Verdict(SELF_INTERSECTION, "a ring crossing itself many times")),
            Map.entry(
                    "geojson_edge_cases/turf_unkink_polygon_in/hourglass.geojson",
                    new Verdict(SELF_INTERSECTION, "bowtie")),
            Map.entry(
                    "geojson_edge_cases/turf_unkink_polygon_in/hourglassFeatureCollection.geojson",
                    new Verdict(SELF_INTERSECTION, "bowtie features")),
            Map.entry(
                    "geojson_edge_cases/turf_unkink_polygon_in/hourglassFeatureCollectionMultiPolygon.geojson",
                    new Verdict(SELF_INTERSECTION, "bowtie inside a MultiPolygon")),
            Map.entry(
                    "geojson_edge_cases/turf_unkink_polygon_in/hourglassMultiPolygon.geojson",
                    new Verdict(SELF_INTERSECTION, "bowtie inside a MultiPolygon")),
            Map.entry(
                    "geojson_edge_cases/turf_unkink_polygon_in/issue-#1094.geojson",
                    new Verdict(SELF_INTERSECTION, "a real-world ring crossing itself")),
            Map.entry(
                    "geojson_edge_cases/turf_unkink_polygon_in/polygon-with-holes.geojson",
                    new Verdict(INVALID_TOPOLOGY, "one hole inside another (nested holes)")),
            Map.entry("geojson_edge_cases/turf_unkink_polygon_in/polygon.geojson", Verdict.valid("simple polygon"))));

    private static Verdict notPolygon(String what) {
        return new Verdict(NOT_A_POLYGON, what + ": an AOI must be polygonal");
    }

    @Test
    void everySharedGeoJsonFile_getsItsExpectedVerdict() throws IOException {
        Path root = SharedData.root();
        List<String> files;
        try (Stream<Path> walk = Stream.concat(
                Files.walk(root.resolve("geojson_aoi")), Files.walk(root.resolve("geojson_edge_cases")))) {
            files = walk.filter(p -> p.toString().endsWith(".geojson"))
                    .map(p -> root.relativize(p).toString())
                    .sorted()
                    .toList();
        }
        assertThat(files)
                .as("a new fixture needs an expected verdict here")
                .containsExactlyElementsOf(EXPECTED.keySet());
        for (String file : files) {
            Verdict expected = EXPECTED.get(file);
            String text = Files.readString(root.resolve(file));
            if (expected.problem() == null) {
                assertThat(Aoi.parse(text, AoiLimits.UNLIMITED).areaM2())
                        .as(file)
                        .isPositive();
            } else {
                assertThatThrownBy(() -> Aoi.parse(text, AoiLimits.UNLIMITED))
                        .as(file + ": " + expected.why())
                        .isInstanceOfSatisfying(
                                InvalidAoiException.class,
                                e -> assertThat(e.problem())
                                        .as(file + ": " + e.getMessage())
                                        .isEqualTo(expected.problem()));
            }
        }
    }

    @Test
    void naturalEarth_usaAndSudan_areSelfIntersecting_atTheKnownPlaces() throws IOException {
        assertSelfIntersection("United States of America", -140.986, 69.712);
        assertSelfIntersection("Sudan", 33.963, 9.464);
    }

    @Test
    void naturalEarth_fiji_isSplitAtTheAntimeridian_andItsBoxWraps() throws IOException {
        Aoi fiji = Aoi.fromJsonTree(country("Fiji"), AoiLimits.UNLIMITED);
        assertThat(fiji.bbox().crossesAntimeridian()).isTrue();
        assertThat(fiji.bbox().widthDegrees()).isLessThan(3);
    }

    @Test
    void spanishProvinces_degenerateCanaryRing_isLocated() throws IOException {
        String text = Files.readString(SharedData.path("geojson_aoi/spain_provinces_cartodb.geojson"));
        assertThatThrownBy(() -> Aoi.parse(text, AoiLimits.UNLIMITED))
                .isInstanceOfSatisfying(InvalidAoiException.class, e -> {
                    assertThat(e.pointer()).startsWith("/features/4/geometry/coordinates/");
                    assertThat(e.location()).hasValueSatisfying(p -> {
                        assertThat(p.lon()).isCloseTo(-13.499276, within(1e-6));
                        assertThat(p.lat()).isCloseTo(29.391792, within(1e-6));
                    });
                })
                .hasMessageContaining("Las Palmas");
    }

    @Test
    void malagaAois_areaMatchesAnIndependentEllipsoidalComputation() throws IOException {
        // References: pyproj 3.4 (GeographicLib) on the WGS84 ellipsoid, every edge densified 100×
        // in lon/lat so the geodesic polygon follows RFC 7946's straight lon/lat edges.
        assertArea("geojson_aoi/malaga_teatinos_campus.geojson", 1_681_800.608);
        assertArea("geojson_aoi/malaga_el_ejido_district.geojson", 742_786.568);
        assertArea("geojson_aoi/malaga_province_cartodb.geojson", 7_326_377_935.171);
    }

    private static void assertArea(String file, double expectedM2) throws IOException {
        Aoi aoi = Aoi.parse(Files.readString(SharedData.path(file)));
        assertThat(aoi.areaM2()).as(file).isCloseTo(expectedM2, within(expectedM2 * 2e-9 + 0.01));
    }

    private static void assertSelfIntersection(String name, double lon, double lat) throws IOException {
        assertThatThrownBy(() -> Aoi.fromJsonTree(country(name), AoiLimits.UNLIMITED))
                .as(name)
                .isInstanceOfSatisfying(InvalidAoiException.class, e -> {
                    assertThat(e.problem()).isEqualTo(SELF_INTERSECTION);
                    assertThat(e.location()).hasValueSatisfying(p -> {
                        assertThat(p.lon()).isCloseTo(lon, within(1e-3));
                        assertThat(p.lat()).isCloseTo(lat, within(1e-3));
                    });
                })
                .hasMessageContaining(name);
    }

    private static Object country(String name) throws IOException {
        Map<?, ?> collection = (Map<?, ?>) JsonReader.parse(
                Files.readString(SharedData.path("geojson_aoi/naturalearth_lowres_countries.geojson")));
        return ((List<?>) collection.get("features"))
                .stream()
                        .filter(f -> name.equals(((Map<?, ?>) ((Map<?, ?>) f).get("properties")).get("name")))
                        .findFirst()
                        .orElseThrow();
    }
}
