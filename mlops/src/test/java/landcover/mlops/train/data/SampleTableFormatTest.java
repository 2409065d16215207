package landcover.mlops.train.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import landcover.mlops.MlopsException;
import landcover.mlops.inference.FeatureSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleTableFormatTest {
    @TempDir
    Path dir;

    private static SampleTable located() {
        return SampleTable.builder(FeatureSchema.of("summer_B04", "ndvi, raw"))
                .add(new float[] {0.1f, -3.4028235e38f}, 4, 12, 0.25f, -4.4687, 36.7201)
                .add(new float[] {1e-7f, 0.3333333f}, 1, 13, 1f, -4.47, 36.71)
                .build();
    }

    @Test
    void write_table_isDocumentedCsv() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SampleTableFormat.write(located(), out);

        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("""
                        group,class,weight,lon,lat,summer_B04,"ndvi, raw"
                        12,4,0.25,-4.4687,36.7201,0.1,-3.4028235E38
                        13,1,1.0,-4.47,36.71,1.0E-7,0.3333333
                        """);
    }

    @Test
    void read_writtenTable_givesSameBitsAndHash() {
        Path file = dir.resolve("holdout.csv");
        SampleTableFormat.write(located(), file);

        SampleTable back = SampleTableFormat.read(file);

        assertThat(back).isEqualTo(located());
        assertThat(SampleTableFormat.sha256(back))
                .isEqualTo(SampleTableFormat.sha256(located()))
                .hasSize(64);
    }

    @Test
    void sha256_oneValueChanged_changes() {
        SampleTable other = SampleTable.builder(located().features())
                .add(new float[] {0.1f, -3.4028235e38f}, 4, 12, 0.25f, -4.4687, 36.7201)
                .add(new float[] {1e-7f, 0.3333334f}, 1, 13, 1f, -4.47, 36.71)
                .build();

        assertThat(SampleTableFormat.sha256(other)).isNotEqualTo(SampleTableFormat.sha256(located()));
    }

    @Test
    void read_wrongHeader_namesTheFile() throws IOException {
        Path file = Files.writeString(dir.resolve("x.csv"), "a,b\n1,2\n");

        assertThatThrownBy(() -> SampleTableFormat.read(file))
                .isInstanceOf(MlopsException.class)
                .hasMessageContaining("x.csv:1");
    }
}
