package landcover.server.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import landcover.domain.Alias;
import landcover.domain.AliasRef;
import landcover.domain.ModelVersion;
import landcover.domain.Year;
import landcover.mlops.registry.AliasEvent;
import landcover.mlops.registry.ModelRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code landcover models history --year Y [--alias A] [--as-of T]}: the promotion history, or which
 * version held the alias at instant T.
 */
@Command(
        name = "history",
        mixinStandardHelpOptions = true,
        description = "Promotion history of a year, or (with --as-of) which version held an alias at a time.")
final class ModelsHistoryCommand implements Callable<Integer> {
    @Mixin
    RegistryOptions registry;

    @Option(names = "--year", required = true, paramLabel = "YEAR")
    String year;

    @Option(
            names = "--alias",
            paramLabel = "ALIAS",
            description = "Only this alias (default: all; production with --as-of).")
    String alias;

    @Option(names = "--as-of", paramLabel = "TIME", description = "An instant such as 2023-06-01T00:00:00Z.")
    String asOf;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Year y = Year.parse(year);
        try (ModelRegistry models = registry.open()) {
            if (asOf != null) {
                printAsOf(models, y, out);
            } else {
                printHistory(models, y, out);
            }
        }
        return ExitCodes.OK;
    }

    private void printAsOf(ModelRegistry models, Year y, PrintWriter out) {
        Instant at = instant(asOf);
        AliasRef ref = new AliasRef(registry.modelName(), y, alias == null ? Alias.PRODUCTION : new Alias(alias));
        Optional<ModelVersion> version = models.aliasAsOf(ref, at);
        if (registry.json) {
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("alias", ref.toString());
            result.put("asOf", at.toString());
            result.put("version", version.map(ModelVersion::value).orElse(null));
            out.println(JsonOutput.line(result));
        } else {
            out.println(ref + " at " + at + ": "
                    + version.map(ModelVersion::toString).orElse("not set"));
        }
    }

    private void printHistory(ModelRegistry models, Year y, PrintWriter out) {
        List<AliasEvent> events = models.history(registry.modelName(), y).stream()
                .filter(e -> alias == null || e.alias().alias().equals(new Alias(alias)))
                .toList();
        if (registry.json) {
            out.println(JsonOutput.line(events.stream().map(ModelJson::event).toList()));
            return;
        }
        TextTable table = new TextTable("AT", "ALIAS", "KIND", "FROM", "TO", "BY", "REASON");
        for (AliasEvent e : events) {
            table.row(e.at(), e.alias().alias(), e.kind(), e.from(), e.to(), e.by(), e.reason());
        }
        table.print(out);
    }

    static Instant instant(String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new BadInputException("--as-of: '" + text + "' is not an instant such as 2023-06-01T00:00:00Z");
        }
    }
}
