package landcover.mlops.train.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import landcover.domain.ClassScheme;
import landcover.mlops.MlopsException;
import landcover.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TabularSamplesTest {
    @TempDir
    Path dir;

    @Test
    void read_statlogLayout_namesColumnsAndDerivesSchemeFromCodes() {
        LabelledSamples s = TabularSamples.read(
                SharedData.path("statlog_landsat_satimage/sat.trn"),
                TabularSamples.Options.label("class"),
                Optional.empty());

        assertThat(s.table().size()).isEqualTo(4435);
        assertThat(s.table().features().names())
                .hasSize(36)
                .startsWith("x1", "x2")
                .endsWith("x36");
        assertThat(s.table().value(0, 0)).isEqualTo(92f);
        assertThat(s.table().classCode(0)).isEqualTo(3);
        assertThat(s.scheme().classes()).extracting(c -> c.code()).containsExactly(1, 2, 3, 4, 5, 7);
        assertThat(s.report().hasProblems()).isFalse();
    }

    @Test
    void read_headerCsvWithClassNames_derivesSortedCodesAndIgnoresColumns() {
        LabelledSamples s = TabularSamples.read(
                SharedData.path("statlog_landsat_satimage/satellite_mlbench.csv"),
                new TabularSamples.Options("classes", Optional.empty(), Set.of("split", "class_code")),
                Optional.empty());

        assertThat(s.table().size()).isEqualTo(6435);
        assertThat(s.table().featureCount()).isEqualTo(36);
        assertThat(s.scheme().classes())
                .extracting(c -> c.name())
                .containsExactly(
                        "cotton crop",
                        "damp grey soil",
                        "grey soil",
                        "red soil",
                        "vegetation stubble",
                        "very damp grey soil");
        assertThat(s.table().classCode(0)).isEqualTo(3);
        assertThat(s.scheme().classes()).extracting(c -> c.color()).doesNotHaveDuplicates();
    }

    @Test
    void read_labelsOfGivenScheme_resolveNamesAndCodesAndKeepGroups() throws IOException {
        Path file = Files.writeString(dir.resolve("t.csv"), "site,b4,label\nA,0.1,water\nA,0.2,4\nB,0.3,builtUp\n");

        LabelledSamples s = TabularSamples.read(
                file,
                new TabularSamples.Options("label", Optional.of("site"), Set.of()),
                Optional.of(ClassScheme.DEFAULT));

        assertThat(s.table().classCodes()).containsExactly(4, 4, 1);
        assertThat(s.table().group(0))
                .isEqualTo(s.table().group(1))
                .isNotEqualTo(s.table().group(2));
    }

    @Test
    void read_unknownClass_isRejectedListingIt() throws IOException {
        Path file = Files.writeString(dir.resolve("t.csv"), "b4,label\n0.1,water\n0.2,forest\n0.3,forest\n");

        assertThatThrownBy(() -> TabularSamples.read(
                        file, TabularSamples.Options.label("label"), Optional.of(ClassScheme.DEFAULT)))
                .isInstanceOf(MlopsException.class)
                .hasMessageContaining("unknown classes {forest=2}");
    }

    @Test
    void read_missingLabelColumn_namesItAndTheColumns() throws IOException {
        Path file = Files.writeString(dir.resolve("t.csv"), "b4,label\n0.1,water\n");

        assertThatThrownBy(() -> TabularSamples.read(file, TabularSamples.Options.label("class"), Optional.empty()))
                .isInstanceOf(MlopsException.class)
                .hasMessageContaining("no label column 'class'")
                .hasMessageContaining("[b4, label]");
    }

    @Test
    void read_emptyFile_isRejected() throws IOException {
        Path file = Files.writeString(dir.resolve("t.csv"), "\n");

        assertThatThrownBy(() -> TabularSamples.read(file, TabularSamples.Options.label("class"), Optional.empty()))
                .isInstanceOf(MlopsException.class)
                .hasMessageContaining("empty");
    }

    @Test
    void read_missingValue_skipsRowAndReportsIt() throws IOException {
        Path file = Files.writeString(dir.resolve("t.csv"), "b4,label\n0.1,1\nNA,2\n0.3,2\n");

        LabelledSamples s = TabularSamples.read(file, TabularSamples.Options.label("label"), Optional.empty());

        assertThat(s.table().size()).isEqualTo(2);
        assertThat(s.report().nodata()).containsExactly("line 3");
    }
}
