package landcover.domain;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.type;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import landcover.testing.RepoRoot;
import org.junit.jupiter.api.Test;

/** The domain is the bottom of the house: it depends on nothing of ours and does no I/O. */
class DomainArchitectureTest {
    private static final JavaClasses DOMAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("landcover.domain");

    @Test
    void moduleDescriptor_readsOnlyJavaBaseAndJts() throws IOException {
        Path descriptor = RepoRoot.path().resolve("domain/target/classes/module-info.class");
        try (InputStream in = Files.newInputStream(descriptor)) {
            ModuleDescriptor module = ModuleDescriptor.read(in);
            assertThat(module.name()).isEqualTo("landcover.domain");
            assertThat(module.requires().stream()
                            .map(ModuleDescriptor.Requires::name)
                            .collect(Collectors.toSet()))
                    .containsExactlyInAnyOrder("java.base", "org.locationtech.jts");
        }
    }

    @Test
    void classes_dependOnlyOnJavaBaseJtsAndThemselves_andDoNoIo() {
        // java.io only for Serializable (every exception is); no files, sockets, SQL or logging.
        classes()
                .that()
                .resideInAPackage("landcover.domain..")
                .should()
                .onlyDependOnClassesThat(resideInAnyPackage(
                                "java.lang..",
                                "java.util..",
                                "java.time..",
                                "java.math..",
                                "org.locationtech.jts..",
                                "landcover.domain..")
                        .or(type(Serializable.class)))
                .check(DOMAIN);
    }
}
