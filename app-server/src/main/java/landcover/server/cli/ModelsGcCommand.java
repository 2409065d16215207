package landcover.server.cli;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import landcover.mlops.registry.GcReport;
import landcover.mlops.registry.ModelRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code landcover models gc [--grace PT1H]}: removes artifacts of registrations that never committed. */
@Command(
        name = "gc",
        mixinStandardHelpOptions = true,
        description = "Delete unreferenced artifacts older than the grace period (registrations that crashed).")
final class ModelsGcCommand implements Callable<Integer> {
    @Mixin
    RegistryOptions registry;

    @Option(
            names = "--grace",
            defaultValue = "PT24H",
            paramLabel = "DURATION",
            description = "Keep anything younger, e.g. PT1H (default: ${DEFAULT-VALUE}).")
    String grace;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Duration period = parse(grace);
        try (ModelRegistry models = registry.open()) {
            GcReport report = models.gc(period);
            spec.commandLine()
                    .getOut()
                    .println(
                            registry.json
                                    ? JsonOutput.line(report)
                                    : "deleted " + report.blobsDeleted() + " orphan artifacts (" + report.bytesDeleted()
                                            + " bytes), kept "
                                            + report.blobsKept() + " younger than " + period + ", expired "
                                            + report.expiredRegistrations() + " unfinished registrations");
        }
        return ExitCodes.OK;
    }

    private static Duration parse(String text) {
        try {
            Duration d = Duration.parse(text);
            if (d.isNegative()) {
                throw new BadInputException("--grace must not be negative, was " + text);
            }
            return d;
        } catch (DateTimeParseException e) {
            throw new BadInputException("--grace: '" + text + "' is not a duration such as PT1H or PT30M");
        }
    }
}
