package landcover.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import landcover.domain.json.JsonReader;
import landcover.mlops.inference.ModelDirectory;
import landcover.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainCommandTest {
    @TempDir
    Path dir;

    /** Acceptance through the CLI: Statlog, 500 trees, sat.tst as test set, at least 90.5 %. */
    @Test
    void train_statlogCsvWithTestFile_printsMetricsAndWritesModelDirectory() {
        Path data = SharedData.path("statlog_landsat_satimage");
        Path out = dir.resolve("statlog-model");

        CliTest.Run run = CliTest.run(
                "train",
                "--csv",
                data.resolve("sat.trn").toString(),
                "--label-column",
                "class",
                "--test",
                data.resolve("sat.tst").toString(),
                "--trees",
                "500",
                "--seed",
                "3",
                "--out",
                out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().lines()).hasSize(1);
        @SuppressWarnings("unchecked")
        var metrics = (java.util.Map<String, Object>) JsonReader.parse(run.out());
        assertThat((Double) metrics.get("overallAccuracy")).isGreaterThanOrEqualTo(0.905);
        assertThat(metrics).containsKeys("kappa", "macroF1", "classes", "confusionMatrix");
        assertThat(metrics.get("holdoutSource")).isEqualTo("test-file");
        assertThat(metrics.get("holdoutRows")).isEqualTo(2000.0);
        assertThat(out.resolve("model.lcrf")).isNotEmptyFile();
        assertThat(out.resolve("confusion.png")).isNotEmptyFile();
        assertThat(out).isDirectoryContaining("glob:**/confusion.csv").isDirectoryContaining("glob:**/holdout.csv");
        assertThat(ModelDirectory.load(out).forest().treeCount()).isEqualTo(500);
    }

    @Test
    void train_withoutTestFile_holdsOutGroupsAndRecordsHashes() throws IOException {
        Path csv = Files.writeString(dir.resolve("t.csv"), table(300));
        Path out = dir.resolve("m");

        CliTest.Run run = CliTest.run(
                "train",
                "--csv",
                csv.toString(),
                "--label-column",
                "label",
                "--group-column",
                "site",
                "--trees",
                "20",
                "--out",
                out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        @SuppressWarnings("unchecked")
        var metrics = (java.util.Map<String, Object>) JsonReader.parse(run.out());
        assertThat(metrics.get("holdoutSource")).isEqualTo("grouped-split");
        assertThat((Double) metrics.get("holdoutGroups")).isEqualTo(6.0); // round(0.15 × 10 sites) per class
        String params = Files.readString(out.resolve("params.json"));
        assertThat(params)
                .containsPattern("\"trainingSha256\":\"[0-9a-f]{64}\"")
                .contains("\"seed\":42");
    }

    @Test
    void train_unknownClassOfGivenScheme_exitsTwoNamingIt() throws IOException {
        Path csv = Files.writeString(dir.resolve("t.csv"), "b,label\n1,water\n2,lava\n");
        Path scheme = Files.writeString(dir.resolve("s.json"), landcover.domain.ClassScheme.DEFAULT.toJson());

        CliTest.Run run = CliTest.run(
                "train",
                "--csv",
                csv.toString(),
                "--label-column",
                "label",
                "--scheme",
                scheme.toString(),
                "--out",
                dir.resolve("m").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("unknown classes {lava=1}").doesNotContain("Exception");
    }

    @Test
    void train_missingLabelColumn_exitsTwo() throws IOException {
        Path csv = Files.writeString(dir.resolve("t.csv"), "b,label\n1,a\n2,b\n");

        CliTest.Run run = CliTest.run(
                "train",
                "--csv",
                csv.toString(),
                "--label-column",
                "klass",
                "--out",
                dir.resolve("m").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("no label column 'klass'");
    }

    @Test
    void train_emptyLabelFile_exitsTwo() throws IOException {
        Path csv = Files.writeString(dir.resolve("t.csv"), "");

        CliTest.Run run = CliTest.run(
                "train",
                "--csv",
                csv.toString(),
                "--label-column",
                "label",
                "--out",
                dir.resolve("m").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("empty");
    }

    @Test
    void train_nonEmptyOutputDirectory_exitsTwoAndLeavesItAlone() throws IOException {
        Path csv = Files.writeString(dir.resolve("t.csv"), table(60));
        Path out = Files.createDirectories(dir.resolve("m"));
        Files.writeString(out.resolve("keep.txt"), "mine");

        CliTest.Run run = CliTest.run(
                "train", "--csv", csv.toString(), "--label-column", "label", "--trees", "3", "--out", out.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(out).isDirectoryContaining("glob:**/keep.txt").isDirectoryNotContaining("glob:**/model.lcrf");
    }

    /** Synthetic (deterministic) table: 30 sites of 3 classes, class readable from feature a. */
    private static String table(int rows) {
        StringBuilder s = new StringBuilder("site,a,b,label\n");
        java.util.SplittableRandom random = new java.util.SplittableRandom(1);
        for (int i = 0; i < rows; i++) {
            int site = i % 30;
            int label = site % 3 + 1;
            s.append("s")
                    .append(site)
                    .append(',')
                    .append(label * 10 + random.nextDouble())
                    .append(',')
                    .append(random.nextDouble())
                    .append(',')
                    .append(label)
                    .append('\n');
        }
        return s.toString();
    }
}
