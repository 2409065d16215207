package landcover.server.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import landcover.domain.Alias;
import landcover.domain.ModelVersion;
import landcover.domain.Year;
import landcover.mlops.registry.ModelNotFoundException;
import landcover.mlops.registry.ModelRegistry;
import landcover.mlops.registry.ModelVersionRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code landcover models list [--year Y]}: the years, or one year's versions with their aliases. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List years, or the versions of one year.")
final class ModelsListCommand implements Callable<Integer> {
    @Mixin
    RegistryOptions registry;

    @Option(names = "--year", paramLabel = "YEAR", description = "List this year's versions.")
    String year;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (ModelRegistry models = registry.open()) {
            if (year == null) {
                listYears(models, out);
            } else {
                listVersions(models, Year.parse(year), out);
            }
        }
        return ExitCodes.OK;
    }

    private void listYears(ModelRegistry models, PrintWriter out) {
        List<Map<String, Object>> rows = new ArrayList<>();
        TextTable table = new TextTable("YEAR", "VERSIONS", "ALIASES");
        for (Year y : models.years(registry.modelName())) {
            int count = models.versions(registry.modelName(), y).size();
            Map<Alias, ModelVersion> aliases = models.aliases(registry.modelName(), y);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("year", y.value());
            row.put("versions", count);
            row.put("aliases", aliasMap(aliases));
            rows.add(row);
            table.row(y, count, aliases.isEmpty() ? "-" : aliases.toString());
        }
        if (registry.json) {
            out.println(JsonOutput.line(rows));
        } else {
            table.print(out);
        }
    }

    private void listVersions(ModelRegistry models, Year y, PrintWriter out) {
        List<ModelVersionRecord> versions = models.versions(registry.modelName(), y);
        if (versions.isEmpty()) {
            throw ModelNotFoundException.ofYear(registry.modelName(), y);
        }
        Map<Alias, ModelVersion> aliases = models.aliases(registry.modelName(), y);
        List<Map<String, Object>> rows = new ArrayList<>();
        TextTable table = new TextTable("VERSION", "CREATED", "BY", "SYNTHETIC", "ALIASES");
        for (ModelVersionRecord r : versions) {
            List<String> names = aliases.entrySet().stream()
                    .filter(e -> e.getValue().equals(r.id().version()))
                    .map(e -> e.getKey().value())
                    .toList();
            Map<String, Object> row = ModelJson.summary(r);
            row.put("aliases", names);
            rows.add(row);
            table.row(
                    r.id().version(),
                    r.createdAt(),
                    r.lineage().createdBy().who(),
                    r.lineage().synthetic(),
                    names.isEmpty() ? "-" : String.join(",", names));
        }
        if (registry.json) {
            out.println(JsonOutput.line(rows));
        } else {
            table.print(out);
        }
    }

    private static Map<String, Integer> aliasMap(Map<Alias, ModelVersion> aliases) {
        Map<String, Integer> out = new LinkedHashMap<>();
        aliases.forEach((a, v) -> out.put(a.value(), v.value()));
        return out;
    }
}
