package landcover.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import landcover.domain.ModelName;
import landcover.domain.Year;
import landcover.mlops.registry.ArtifactUpload;
import landcover.mlops.registry.CodeVersion;
import landcover.mlops.registry.Creator;
import landcover.mlops.registry.ImagerySource;
import landcover.mlops.registry.JsonDocument;
import landcover.mlops.registry.Lineage;
import landcover.mlops.registry.ModelRegistries;
import landcover.mlops.registry.ModelRegistry;
import landcover.mlops.registry.RegistrationRequest;
import landcover.mlops.registry.RegistrySettings;
import landcover.mlops.registry.Sha256;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelsCliTest {
    @TempDir
    Path dir;

    String data;

    /** Two synthetic versions of 2023 (labelled synthetic in their lineage). */
    @BeforeEach
    void seed() {
        data = dir.resolve("data").toString();
        try (ModelRegistry registry = ModelRegistries.open(RegistrySettings.embedded(Path.of(data)))) {
            registry.register(request(0.81));
            registry.register(request(0.86));
        }
    }

    static RegistrationRequest request(double accuracy) {
        byte[] model = ("synthetic model " + accuracy).getBytes(StandardCharsets.UTF_8);
        Lineage lineage = Lineage.builder()
                .metrics(new JsonDocument("{\"overallAccuracy\":" + accuracy + "}"))
                .features(List.of("B04_spring", "B08_spring", "ndvi_summer"))
                .data(Sha256.of(model), Sha256.of(model))
                .imagery(new ImagerySource("synthetic(seed=1)", List.of()))
                .code(new CodeVersion("unknown", Map.of()))
                .createdBy(Creator.person("tester"))
                .synthetic(true)
                .build();
        return new RegistrationRequest(
                ModelName.DEFAULT,
                new Year(2023),
                lineage,
                List.of(ArtifactUpload.ofBytes("model.bin", "application/octet-stream", model)));
    }

    CliTest.Run models(String... args) {
        String[] full = new String[args.length + 3];
        full[0] = "models";
        System.arraycopy(args, 0, full, 1, args.length);
        full[args.length + 1] = "--data-dir";
        full[args.length + 2] = data;
        return CliTest.run(full);
    }

    @Test
    void list_year_printsEveryVersionAsJson() {
        CliTest.Run run = models("list", "--year", "2023", "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .contains(
                        "\"id\":\"landcover/2023/v1\"",
                        "\"id\":\"landcover/2023/v2\"",
                        "\"synthetic\":true",
                        "\"overallAccuracy\":0.86");
    }

    @Test
    void promoteTwice_thenHistoryAsOf_namesTheVersionOfThatTime() throws Exception {
        assertThat(models("promote", "--year", "2023", "--version", "1", "--reason", "first", "--by", "ana")
                        .exitCode())
                .isZero();
        String between = java.time.Instant.now().toString();
        Thread.sleep(5);
        CliTest.Run second =
                models("promote", "--year", "2023", "--version", "v2", "--reason", "better", "--by", "ana");
        assertThat(second.out()).contains("landcover/2023@production: v1 -> v2 (move by ana");
        assertThat(models("history", "--year", "2023", "--as-of", between, "--json")
                        .out())
                .contains("\"version\":1");
        assertThat(models("history", "--year", "2023", "--json").out())
                .contains("\"kind\":\"MOVE\"", "\"reason\":\"better\"", "\"fromMetrics\":{\"overallAccuracy\":0.81}");
        assertThat(models("show", "--year", "2023", "--alias", "production").out())
                .contains("landcover/2023/v2  (SYNTHETIC training data)", "model.bin");
        CliTest.Run back = models("rollback", "--year", "2023", "--reason", "regression", "--json");
        assertThat(back.out()).contains("\"kind\":\"ROLLBACK\"", "\"to\":1");
    }

    @Test
    void exportThenImport_intoAnotherDataDir_takesTheNextNumber() {
        Path bundle = dir.resolve("v2.zip");
        assertThat(models("export", "--year", "2023", "--version", "2", "--out", bundle.toString())
                        .exitCode())
                .isZero();
        data = dir.resolve("other").toString();
        CliTest.Run imported = models("import", bundle.toString(), "--json");
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out())
                .contains("\"id\":\"landcover/2023/v1\"", "\"importedFrom\":\"landcover/2023/v2 from ");
        assertThat(models("gc", "--grace", "PT0S", "--json").out()).contains("\"blobsDeleted\":0");
    }

    @Test
    void unknownYearVersionOrAlias_exitTwoWithOneLine() {
        assertThat(models("list", "--year", "2019").err())
                .isEqualTo("landcover: no version of model landcover is registered for 2019\n");
        CliTest.Run promote = models("promote", "--year", "2023", "--version", "9", "--reason", "x");
        assertThat(promote.exitCode()).isEqualTo(2);
        assertThat(promote.err()).isEqualTo("landcover: model landcover/2023/v9 is not registered\n");
        CliTest.Run show = models("show", "--year", "2023", "--alias", "shadow");
        assertThat(show.exitCode()).isEqualTo(2);
        assertThat(show.err()).startsWith("landcover: alias landcover/2023@shadow is not set");
        assertThat(models("history", "--year", "2023", "--as-of", "yesterday").err())
                .contains("--as-of");
    }

    @Test
    void badRegistryLocation_exitsTwo() {
        CliTest.Run none = CliTest.run("models", "list");
        assertThat(none.exitCode()).isEqualTo(2);
        assertThat(none.err()).contains("--data-dir DIR, or --jdbc-url URL and --store-url URL");
        CliTest.Run badStore =
                CliTest.run("models", "list", "--jdbc-url", "jdbc:postgresql://127.0.0.1:1/x", "--store-url", "s3://");
        assertThat(badStore.exitCode()).isEqualTo(2);
        CliTest.Run badJdbc = CliTest.run("models", "list", "--jdbc-url", "jdbc:mysql://x", "--store-url", "/tmp/x");
        assertThat(badJdbc.err()).contains("is not a jdbc:h2: or jdbc:postgresql: URL");
    }
}
