package landcover.domain.aoi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import landcover.domain.aoi.InvalidAoiException.Problem;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Polygon;

class AoiTest {
    private static final String CLOCKWISE_SQUARE_WITH_CCW_HOLE = """
            {"type": "Polygon", "coordinates": [
              [[0, 0], [0, 1], [1, 1], [1, 0], [0, 0]],
              [[0.25, 0.25], [0.75, 0.25], [0.75, 0.75], [0.25, 0.75], [0.25, 0.25]]
            ]}""";

    @Test
    void parse_wrongWinding_isNormalisedToRfc7946() {
        Polygon polygon =
                (Polygon) Aoi.parse(CLOCKWISE_SQUARE_WITH_CCW_HOLE).geometry().getGeometryN(0);
        // JTS' isCCW works in planar lon/lat, independently of our own orientation code.
        assertThat(Orientation.isCCW(polygon.getExteriorRing().getCoordinateSequence()))
                .isTrue();
        assertThat(Orientation.isCCW(polygon.getInteriorRingN(0).getCoordinateSequence()))
                .isFalse();
    }

    @Test
    void areaM2_cellBetweenParallels_matchesTheClosedForm() {
        // A cell bounded by meridians and parallels: area = a²/2 · Δλ · (q(φ2) − q(φ1)), the textbook
        // zone formula, here with numbers from pyproj (GeographicLib) densifying the parallels.
        Aoi cell = Aoi.parse("""
                {"type":"Polygon","coordinates":[[[0,60],[1,60],[1,61],[0,61],[0,60]]]}""", AoiLimits.UNLIMITED);
        assertThat(cell.areaM2()).isCloseTo(6_123_140_878.696, within(0.5));
    }

    @Test
    void areaM2_holeIsSubtracted() {
        Aoi square = Aoi.parse("""
                {"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,1],[0,0]]]}""", AoiLimits.UNLIMITED);
        Aoi withHole = Aoi.parse(CLOCKWISE_SQUARE_WITH_CCW_HOLE, AoiLimits.UNLIMITED);
        Aoi hole = Aoi.parse("""
                {"type":"Polygon","coordinates":[[[0.25,0.25],[0.75,0.25],[0.75,0.75],[0.25,0.75],[0.25,0.25]]]}""");
        assertThat(withHole.areaM2()).isCloseTo(square.areaM2() - hole.areaM2(), within(1e-3));
    }

    @Test
    void parse_adjacentFeatures_areMergedAndTheSharedEdgeCountsOnce() {
        Aoi merged = Aoi.parse("""
                {"type":"FeatureCollection","features":[
                  {"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,1],[0,0]]]}},
                  {"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":[[[1,0],[2,0],[2,1],[1,1],[1,0]]]}}
                ]}""", AoiLimits.UNLIMITED);
        Aoi whole = Aoi.parse("""
                {"type":"Polygon","coordinates":[[[0,0],[2,0],[2,1],[0,1],[0,0]]]}""", AoiLimits.UNLIMITED);
        assertThat(merged.polygonCount()).isEqualTo(1);
        assertThat(merged.areaM2()).isCloseTo(whole.areaM2(), within(1e-3));
    }

    @Test
    void parse_overlappingFeatures_countTheOverlapOnce() {
        Aoi merged = Aoi.parse("""
                {"type":"FeatureCollection","features":[
                  {"type":"Feature","geometry":{"type":"Polygon","coordinates":[[[0,0],[0.02,0],[0.02,0.01],[0,0.01],[0,0]]]}},
                  {"type":"Feature","geometry":{"type":"Polygon","coordinates":[[[0.01,0],[0.03,0],[0.03,0.01],[0.01,0.01],[0.01,0]]]}}
                ]}""");
        Aoi whole = Aoi.parse("""
                {"type":"Polygon","coordinates":[[[0,0],[0.03,0],[0.03,0.01],[0,0.01],[0,0]]]}""");
        assertThat(merged.areaM2()).isCloseTo(whole.areaM2(), within(1e-4));
    }

    @Test
    void bbox_splitAtTheAntimeridian_wrapsWithWestGreaterThanEast() {
        Aoi fijiLike = Aoi.parse("""
                {"type":"MultiPolygon","coordinates":[
                  [[[179.5,-17],[180,-17],[180,-16],[179.5,-16],[179.5,-17]]],
                  [[[-180,-17],[-179.6,-17],[-179.6,-16],[-180,-16],[-180,-17]]]
                ]}""", AoiLimits.UNLIMITED);
        assertThat(fijiLike.bbox().toArray()).containsExactly(179.5, -17, -179.6, -16);
        assertThat(fijiLike.bbox().crossesAntimeridian()).isTrue();
        assertThat(fijiLike.bbox().widthDegrees()).isCloseTo(0.9, within(1e-9));
    }

    @Test
    void parse_unsplitAntimeridianEdge_isRejectedWithAdvice() {
        assertThatThrownBy(() -> Aoi.parse("""
                {"type":"Polygon","coordinates":[[[179.5,-17],[-179.6,-17],[-179.6,-16],[179.5,-16],[179.5,-17]]]}"""))
                .isInstanceOfSatisfying(InvalidAoiException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.CROSSES_ANTIMERIDIAN);
                    assertThat(e.pointer()).isEqualTo("/coordinates/0/1");
                })
                .hasMessageContaining("RFC 7946 §3.1.9");
    }

    @Test
    void parse_polarLatitude_isRejected() {
        assertThatThrownBy(() -> Aoi.parse("""
                {"type":"Polygon","coordinates":[[[0,85],[1,85],[1,86],[0,86],[0,85]]]}"""))
                .isInstanceOfSatisfying(
                        InvalidAoiException.class, e -> assertThat(e.problem()).isEqualTo(Problem.OUTSIDE_COVERAGE));
    }

    @Test
    void parse_aboveTheAreaLimit_isTooLarge() {
        assertThatThrownBy(() -> Aoi.parse(
                        "{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,0],[1,1],[0,1],[0,0]]]}",
                        AoiLimits.DEFAULT.withMaxAreaKm2(100)))
                .isInstanceOfSatisfying(AoiTooLargeException.class, e -> {
                    assertThat(e.maxAreaM2()).isEqualTo(100e6);
                    assertThat(e.areaM2()).isGreaterThan(12_000e6);
                })
                .hasMessageContaining("exceeds the maximum of 100.0 km²");
    }

    @Test
    void parse_tooManyVertices_isRejected() {
        assertThatThrownBy(() -> Aoi.parse(
                        "{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,0],[1,1],[0,1],[0,0]]]}",
                        new AoiLimits(1e12, 4)))
                .isInstanceOfSatisfying(
                        InvalidAoiException.class, e -> assertThat(e.problem()).isEqualTo(Problem.TOO_COMPLEX));
    }

    @Test
    void parse_selfIntersection_givesLocationAndPointer() {
        assertThatThrownBy(() -> Aoi.parse("""
                {"type":"Feature","properties":{"name":"bowtie"},
                 "geometry":{"type":"Polygon","coordinates":[[[0,0],[2,2],[2,0],[0,2],[0,0]]]}}"""))
                .isInstanceOfSatisfying(InvalidAoiException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.SELF_INTERSECTION);
                    assertThat(e.pointer()).isEqualTo("/geometry/coordinates");
                    assertThat(e.location()).hasValueSatisfying(p -> {
                        assertThat(p.lon()).isCloseTo(1, within(1e-9));
                        assertThat(p.lat()).isCloseTo(1, within(1e-9));
                    });
                })
                .hasMessageContaining("'bowtie'");
    }

    @Test
    void parse_nonNumericCoordinate_isRejected() {
        assertThatThrownBy(() -> Aoi.parse("""
                {"type":"Polygon","coordinates":[[[0,0],[1,"0"],[1,1],[0,1],[0,0]]]}"""))
                .isInstanceOfSatisfying(InvalidAoiException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.BAD_COORDINATES);
                    assertThat(e.pointer()).isEqualTo("/coordinates/0/1");
                })
                .hasMessageContaining("non-numeric value: the string \"0\"");
    }

    @Test
    void parse_malformedJson_isReportedWithPosition() {
        assertThatThrownBy(() -> Aoi.parse("{\"type\": \"Polygon\", "))
                .isInstanceOfSatisfying(
                        InvalidAoiException.class, e -> assertThat(e.problem()).isEqualTo(Problem.MALFORMED_JSON))
                .hasMessageContaining("line 1");
    }

    @Test
    void parse_emptyCollection_isRejected() {
        assertThatThrownBy(() -> Aoi.parse("{\"type\":\"FeatureCollection\",\"features\":[]}"))
                .isInstanceOfSatisfying(
                        InvalidAoiException.class, e -> assertThat(e.problem()).isEqualTo(Problem.EMPTY));
    }

    @Test
    void parse_altitudeIsIgnored() {
        Aoi flat = Aoi.parse("{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[0.1,0],[0.1,0.1],[0,0]]]}");
        Aoi withZ = Aoi.parse("{\"type\":\"Polygon\",\"coordinates\":[[[0,0,5],[0.1,0,5],[0.1,0.1,9],[0,0,5]]]}");
        assertThat(withZ).isEqualTo(flat);
    }

    @Test
    void toGeoJson_roundTripsToTheSameAoi() {
        Aoi aoi = Aoi.parse(CLOCKWISE_SQUARE_WITH_CCW_HOLE, AoiLimits.UNLIMITED);
        Aoi again = Aoi.parse(aoi.toGeoJson(), AoiLimits.UNLIMITED);
        assertThat(again).isEqualTo(aoi);
        assertThat(again.areaM2()).isEqualTo(aoi.areaM2());
    }

    @Test
    void fromJsonTree_acceptsAlreadyParsedValues() {
        var tree = java.util.Map.of(
                "type",
                "Polygon",
                "coordinates",
                java.util.List.of(java.util.List.of(
                        java.util.List.of(0, 0),
                        java.util.List.of(1, 0),
                        java.util.List.of(1, 1),
                        java.util.List.of(0, 0))));
        assertThat(Aoi.fromJsonTree(tree, AoiLimits.UNLIMITED).polygonCount()).isEqualTo(1);
    }
}
