package landcover.server.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import landcover.domain.Alias;
import landcover.domain.AliasRef;
import landcover.domain.ModelId;
import landcover.domain.ModelVersion;
import landcover.domain.Year;
import landcover.mlops.registry.ArtifactEntry;
import landcover.mlops.registry.ModelNotFoundException;
import landcover.mlops.registry.ModelRegistry;
import landcover.mlops.registry.ModelVersionRecord;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code landcover models show --year Y (--version V | --alias A)}: one version with lineage and artifacts. */
@Command(name = "show", description = "Show one version: lineage, metrics, artifacts.")
final class ModelsShowCommand implements Callable<Integer> {
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

    @ArgGroup(multiplicity = "1")
    VersionOrAlias which;

    /** Exactly one of --version and --alias. */
    static final class VersionOrAlias {
        @Option(names = "--version", paramLabel = "V", description = "Version number (3 or v3).")
        String version;

        @Option(names = "--alias", paramLabel = "ALIAS", description = "An alias such as production.")
        String alias;
    }

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Year y = Year.parse(year);
        try (ModelRegistry models = registry.open()) {
            ModelVersionRecord record;
            if (which.version != null) {
                record = models.get(new ModelId(registry.modelName(), y, ModelVersion.parse(which.version)));
            } else {
                AliasRef ref = new AliasRef(registry.modelName(), y, new Alias(which.alias));
                record = models.resolve(ref).orElseThrow(() -> ModelNotFoundException.of(ref));
            }
            if (registry.json) {
                out.println(JsonOutput.line(ModelJson.version(record)));
            } else {
                print(record, out);
            }
        }
        return ExitCodes.OK;
    }

    private static void print(ModelVersionRecord r, PrintWriter out) {
        out.println("model        " + r.id() + (r.lineage().synthetic() ? "  (SYNTHETIC training data)" : ""));
        out.println("created      " + r.createdAt() + " by "
                + r.lineage().createdBy().who() + " (" + r.lineage().createdBy().trigger() + ")");
        out.println("metrics      " + r.lineage().metrics());
        out.println("params       " + r.lineage().hyperparameters());
        out.println("features     " + r.lineage().features().size() + " (hash "
                + r.lineage().featureHash().shortHex() + "…)");
        out.println("classes      " + r.lineage().classScheme().name());
        out.println("imagery      " + r.lineage().imagery().source() + " "
                + r.lineage().imagery().itemIds());
        out.println("code         " + r.lineage().code().gitCommit());
        out.println("parent       "
                + (r.lineage().parent() == null ? "-" : r.lineage().parent()));
        r.source().ifPresent(s -> out.println("imported     " + s));
        TextTable table = new TextTable("ARTIFACT", "SIZE", "TYPE", "SHA256");
        for (ArtifactEntry a : r.artifacts()) {
            table.row(a.name(), a.sizeBytes(), a.mediaType(), a.sha256());
        }
        table.print(out);
    }
}
