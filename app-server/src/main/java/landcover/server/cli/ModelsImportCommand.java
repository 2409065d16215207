package landcover.server.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import landcover.mlops.registry.ModelRegistry;
import landcover.mlops.registry.ModelVersionRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code landcover models import BUNDLE}: registers a bundle's version under the next number. */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = "Register the version in a bundle (hashes checked) under the next version number.")
final class ModelsImportCommand implements Callable<Integer> {
    @Mixin
    RegistryOptions registry;

    @Parameters(index = "0", paramLabel = "BUNDLE")
    Path bundle;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(bundle)) {
            throw new BadInputException("cannot read " + bundle + ": no such file");
        }
        try (ModelRegistry models = registry.open()) {
            ModelVersionRecord imported = models.importBundle(bundle);
            spec.commandLine()
                    .getOut()
                    .println(
                            registry.json
                                    ? JsonOutput.line(ModelJson.summary(imported))
                                    : "imported " + imported.importedFrom() + " as " + imported.id());
        }
        return ExitCodes.OK;
    }
}
