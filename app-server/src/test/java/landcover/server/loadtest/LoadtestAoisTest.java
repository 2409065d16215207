package landcover.server.loadtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import landcover.domain.aoi.Aoi;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

class LoadtestAoisTest {
    /** A tilted quadrilateral, like a UTM square seen in lon/lat: its envelope is larger than it. */
    private static final Geometry COVERAGE = Aoi.parse(
                    "{\"type\":\"Polygon\",\"coordinates\":[[[-4.605,36.607],[-4.491,36.605],"
                            + "[-4.490,36.697],[-4.604,36.699],[-4.605,36.607]]]}")
            .geometry();

    @Test
    void random_theSeed_decidesEverything() {
        assertThat(LoadtestAois.random(COVERAGE, 50, 7)).isEqualTo(LoadtestAois.random(COVERAGE, 50, 7));
        assertThat(LoadtestAois.random(COVERAGE, 50, 7)).isNotEqualTo(LoadtestAois.random(COVERAGE, 50, 8));
    }

    @Test
    void random_polygons_followThePublishedShapes_insideTheCoverage() {
        List<String> aois = LoadtestAois.random(COVERAGE, 500, 42);

        assertThat(aois).hasSize(500);
        for (String text : aois) {
            Aoi aoi = Aoi.parse(text);
            Geometry polygon = aoi.geometry().getGeometryN(0);
            Envelope e = polygon.getEnvelopeInternal();
            assertThat(aoi.polygonCount()).isEqualTo(1);
            assertThat(polygon.getNumPoints() - 1).as(text).isBetween(4, 10);
            assertThat(e.getArea()).as(text).isLessThanOrEqualTo(LoadtestAois.MAX_ENVELOPE_DEG2 * (1 + 1e-6));
            assertThat(e.getWidth() / e.getHeight()).as(text).isBetween(0.5 - 1e-6, 2 + 1e-6);
            assertThat(COVERAGE.covers(polygon)).as(text).isTrue();
        }
    }

    @Test
    void random_coverageSmallerThanAnAoi_failsNamingIt() {
        Geometry tiny = new GeometryFactory().toGeometry(new Envelope(0, 0.001, 0, 0.001));
        assertThatThrownBy(() -> LoadtestAois.random(tiny, 1, 1))
                .isInstanceOf(LoadtestException.class)
                .hasMessageContaining("too small");
    }

    @Test
    void replicaCounts_readOkPredictionsPerReplica_andTheirDelta() {
        String before = """
                # TYPE landcover_predictions_total counter
                landcover_predictions_total{alias="production",model_version="v1",outcome="ok",replica="2022-production-v1-r0",year="2022"} 3.0
                landcover_predictions_total{alias="production",model_version="v1",outcome="overloaded",replica="2022-production-v1-r1",year="2022"} 2.0
                """;
        String after = before.replace("} 3.0", "} 10.0")
                + "landcover_predictions_total{alias=\"production\",model_version=\"v1\",outcome=\"ok\","
                + "replica=\"2023-production-v1-r1\",year=\"2023\"} 4.0\n";

        assertThat(ReplicaCounts.delta(ReplicaCounts.parse(before), ReplicaCounts.parse(after)))
                .isEqualTo(Map.of("2022-production-v1-r0", 7L, "2023-production-v1-r1", 4L));
    }
}
