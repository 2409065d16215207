package landcover.server.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import landcover.domain.ModelId;
import landcover.domain.ModelVersion;
import landcover.domain.Year;
import landcover.mlops.registry.ModelRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code landcover models export --year Y --version V --out FILE}. */
@Command(name = "export", description = "Write one version (metadata and artifacts) as a self-contained ZIP bundle.")
final class ModelsExportCommand implements Callable<Integer> {
    // Not the standard help mixin: its -V/--version would clash with this command's --version.
    @Option(
            names = {"-h", "--help"},
            usageHelp = true,
            description = "Show this help message and exit.")
    boolean help;

    @Mixin
    RegistryOptions registry;

    @Option(names = "--year", required = true, paramLabel = "YEAR")
    String year;

    @Option(names = "--version", required = true, paramLabel = "V")
    String version;

    @Option(names = "--out", required = true, paramLabel = "FILE")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ModelId id = new ModelId(registry.modelName(), Year.parse(year), ModelVersion.parse(version));
        try (ModelRegistry models = registry.open()) {
            models.exportBundle(id, out);
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("exported", id.toString());
        result.put("bundle", out.toAbsolutePath().toString());
        spec.commandLine().getOut().println(registry.json ? JsonOutput.line(result) : "exported " + id + " to " + out);
        return ExitCodes.OK;
    }
}
