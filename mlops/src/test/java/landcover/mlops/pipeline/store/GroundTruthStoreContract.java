package landcover.mlops.pipeline.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import landcover.domain.ClassScheme;
import landcover.domain.ModelId;
import landcover.domain.ModelName;
import landcover.domain.ModelVersion;
import landcover.domain.Year;
import landcover.mlops.pipeline.truth.DuplicateLocation;
import landcover.mlops.pipeline.truth.GroundTruthBatch;
import landcover.mlops.pipeline.truth.GroundTruthUpload;
import landcover.mlops.pipeline.truth.IntakeResult;
import landcover.mlops.pipeline.truth.InvalidGroundTruthException;
import landcover.mlops.registry.DatabaseSettings;
import landcover.mlops.registry.ModelRegistries;
import landcover.mlops.registry.ModelRegistry;
import landcover.mlops.registry.RegistrySettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;

/** The ground-truth store on each database; the registry's tables share the database. */
abstract class GroundTruthStoreContract {
    static final Year Y2023 = new Year(2023);
    /** A 0.1° square around Málaga where 2023 has imagery; 2019 has none. */
    static final Envelope FOOTPRINT = new Envelope(-4.60, -4.50, 36.60, 36.70);

    @TempDir
    Path dir;

    ModelRegistry registry;
    PipelineDatabase db;
    JdbcGroundTruthStore store;

    abstract DatabaseSettings database() throws Exception;

    @BeforeEach
    void open() throws Exception {
        DatabaseSettings settings = database();
        registry = ModelRegistries.open(
                new RegistrySettings(settings, dir.resolve("artifacts").toString(), null, Clock.systemUTC()));
        db = PipelineDatabase.open(settings);
        store = new JdbcGroundTruthStore(
                db,
                ModelName.DEFAULT,
                ClassScheme.DEFAULT,
                year -> year.equals(Y2023)
                        ? Optional.of(new GeometryFactory().toGeometry(FOOTPRINT))
                        : Optional.empty(),
                Clock.systemUTC());
    }

    @AfterEach
    void close() {
        db.close();
        registry.close();
    }

    static String points(String... features) {
        return "{\"type\":\"FeatureCollection\",\"features\":[" + String.join(",", features) + "]}";
    }

    static String point(double lon, double lat, Object label) {
        String value = label instanceof String s ? "\"" + s + "\"" : label.toString();
        return "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[" + lon + "," + lat
                + "]},\"properties\":{\"class\":" + value + "}}";
    }

    static GroundTruthUpload upload(String content) {
        return GroundTruthUpload.of(Y2023, content, null, "survey.geojson", "ana");
    }

    @Test
    void add_geoJsonPoints_storesABatchWithCountsPerClass_andTheSameBytesAgainAreTheSameBatch() {
        String content =
                points(point(-4.55, 36.65, "water"), point(-4.56, 36.65, 4), point(-4.57, 36.66, "closedForest"));
        IntakeResult first = store.add(upload(content));
        assertThat(first.created()).isTrue();
        GroundTruthBatch b = first.batch();
        assertThat(b.id()).startsWith("gt-2023-").hasSize(20);
        assertThat(b.points()).isEqualTo(3);
        assertThat(b.classCounts()).isEqualTo(Map.of(4, 2, 7, 1));
        assertThat(b.duplicates()).isEmpty();
        IntakeResult again = store.add(upload(content));
        assertThat(again.created()).isFalse();
        assertThat(again.batch().id()).isEqualTo(b.id());
        assertThat(store.list(Y2023)).extracting(GroundTruthBatch::id).containsExactly(b.id());
        assertThat(store.labels(b.id())).extracting(l -> l.label()).containsExactly("water", "4", "closedForest");
    }

    @Test
    void add_csvPointNextToAStoredOne_reportsTheDuplicateAndTheConflict() {
        GroundTruthBatch first =
                store.add(upload(points(point(-4.55, 36.65, "water")))).batch();
        // 0.00005° of longitude is about 4.5 m here.
        String csv = "lon,lat,class\n-4.55005,36.65,cropland\n-4.52,36.61,bareSoil\n";
        GroundTruthBatch second = store.add(GroundTruthUpload.of(Y2023, csv, "class", "visit.csv", "ana"))
                .batch();
        assertThat(second.points()).isEqualTo(2);
        assertThat(second.duplicates()).hasSize(1);
        DuplicateLocation d = second.duplicates().getFirst();
        assertThat(d.item()).isEqualTo("line 2");
        assertThat(d.otherBatch()).isEqualTo(first.id());
        assertThat(d.otherItem()).isEqualTo("features[0]");
        assertThat(d.isConflict()).isTrue();
        assertThat(d.distanceM()).isBetween(4.0, 5.0);
        assertThat(store.find(second.id()).orElseThrow().duplicates()).containsExactly(d);
    }

    @Test
    void add_unknownClassesAndPointsOutsideTheImagery_isRefusedListingEach_andStoresNothing() {
        String content = points(point(-4.55, 36.65, "water"), point(-4.55, 36.65, "lava"), point(2.0, 41.0, 4));
        assertThatThrownBy(() -> store.add(upload(content)))
                .isInstanceOfSatisfying(InvalidGroundTruthException.class, e -> {
                    assertThat(e.isMalformed()).isFalse();
                    assertThat(e.field()).isEqualTo("features[1]");
                    assertThat(e.problems()).hasSize(2);
                    assertThat(e.problems().get(0)).contains("features[1]", "'lava'", "not in scheme");
                    assertThat(e.problems().get(1)).contains("features[2]", "outside the 2023 imagery");
                });
        assertThat(store.list(Y2023)).isEmpty();
    }

    @Test
    void add_malformedOrWrongYear_isRefusedNamingTheField() {
        assertThatThrownBy(() -> store.add(upload("{\"type\":\"FeatureCollection\",\"features\":[")))
                .isInstanceOfSatisfying(
                        InvalidGroundTruthException.class,
                        e -> assertThat(e.isMalformed()).isTrue());
        assertThatThrownBy(() -> store.add(upload(points("{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\","
                        + "\"coordinates\":[-4.55,36.65]},\"properties\":{\"label\":\"water\"}}"))))
                .isInstanceOfSatisfying(
                        InvalidGroundTruthException.class,
                        e -> assertThat(e.field()).isEqualTo("features[0].properties.class"));
        assertThatThrownBy(() -> store.add(
                        GroundTruthUpload.of(new Year(2019), points(point(-4.55, 36.65, 4)), null, "old", "ana")))
                .isInstanceOfSatisfying(
                        InvalidGroundTruthException.class,
                        e -> assertThat(e.field()).isEqualTo("year"));
        assertThatThrownBy(() -> store.add(GroundTruthUpload.of(Y2023, "lon,lat\n1,2\n", null, "x.csv", "ana")))
                .isInstanceOfSatisfying(
                        InvalidGroundTruthException.class,
                        e -> assertThat(e.field()).isEqualTo("line 1"));
    }

    @Test
    void add_pointInsideAStoredPolygon_isADuplicate() {
        String polygon = "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[-4.56,36.64],"
                + "[-4.54,36.64],[-4.54,36.66],[-4.56,36.66],[-4.56,36.64]]]},\"properties\":{\"class\":\"cropland\"}}";
        GroundTruthBatch fields = store.add(upload(points(polygon))).batch();
        assertThat(fields.polygons()).isEqualTo(1);
        GroundTruthBatch later =
                store.add(upload(points(point(-4.55, 36.65, "cropland")))).batch();
        assertThat(later.duplicates()).singleElement().satisfies(d -> {
            assertThat(d.otherBatch()).isEqualTo(fields.id());
            assertThat(d.isConflict()).isFalse();
        });
    }

    @Test
    void markUsed_listsTheModel_andUnusedLeavesTheBatchOut() {
        GroundTruthBatch a = store.add(upload(points(point(-4.55, 36.65, 4)))).batch();
        GroundTruthBatch b = store.add(upload(points(point(-4.53, 36.65, 6)))).batch();
        ModelId v2 = new ModelId(ModelName.DEFAULT, Y2023, new ModelVersion(2));
        store.markUsed(List.of(a.id()), v2, "run-1");
        store.markUsed(List.of(a.id()), v2, "run-1");
        assertThat(store.find(a.id()).orElseThrow().usedBy()).containsExactly(v2);
        assertThat(store.unused(Y2023)).extracting(GroundTruthBatch::id).containsExactly(b.id());
    }
}
