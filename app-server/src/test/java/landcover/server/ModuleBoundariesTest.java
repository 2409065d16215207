package landcover.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import landcover.testing.RepoRoot;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The module picture of ARCHITECTURE.md, checked on the compiled descriptors: dependencies point
 * down (domain ← raster ← mlops ← server; desktop → domain, raster) and nothing reads an app module.
 * javac already refuses code that crosses an undeclared edge; this pins the edges themselves.
 */
class ModuleBoundariesTest {
    private static final Map<String, Set<String>> ALLOWED_OURS = Map.of(
            "landcover.domain", Set.of(),
            "landcover.raster", Set.of("landcover.domain"),
            "landcover.mlops", Set.of("landcover.domain", "landcover.raster"),
            "landcover.server", Set.of("landcover.domain", "landcover.raster", "landcover.mlops"),
            "landcover.desktop", Set.of("landcover.domain", "landcover.raster"));

    @ParameterizedTest
    @CsvSource({"domain", "raster", "mlops", "app-server", "app-desktop"})
    void module_readsOnlyModulesBelowIt(String folder) throws IOException {
        ModuleDescriptor module = descriptor(folder);
        Set<String> ours = module.requires().stream()
                .map(ModuleDescriptor.Requires::name)
                .filter(name -> name.startsWith("landcover."))
                .collect(Collectors.toSet());
        assertThat(ALLOWED_OURS).containsKey(module.name());
        assertThat(ALLOWED_OURS.get(module.name())).as(module.name()).containsAll(ours);
    }

    @ParameterizedTest
    @CsvSource({"domain", "raster", "mlops"})
    void lowerModules_exportOnlyTheirOwnPackages(String folder) throws IOException {
        ModuleDescriptor module = descriptor(folder);
        assertThat(module.exports())
                .allSatisfy(export -> assertThat(export.source()).startsWith(module.name()));
    }

    private static ModuleDescriptor descriptor(String folder) throws IOException {
        Path file = RepoRoot.path().resolve(folder).resolve("target/classes/module-info.class");
        try (InputStream in = Files.newInputStream(file)) {
            return ModuleDescriptor.read(in);
        }
    }
}
