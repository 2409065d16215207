package landcover.mlops.registry;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Package rules of the registry: ports public, implementations hidden, each library in its corner. */
class RegistryArchitectureTest {
    private static final JavaClasses REGISTRY = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("landcover.mlops.registry");

    @Test
    void implementationsOfThePorts_arePackagePrivateAndFinal() {
        classes()
                .that()
                .implement(ModelRegistry.class)
                .or()
                .implement(ArtifactStore.class)
                .should()
                .notBePublic()
                .andShould()
                .haveModifier(JavaModifier.FINAL)
                .check(REGISTRY);
    }

    @Test
    void awsSdk_isUsedOnlyByTheS3Store() {
        noClasses()
                .that()
                .doNotHaveSimpleName("S3ArtifactStore")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("software.amazon..")
                .check(REGISTRY);
    }

    @Test
    void jdbcDriversAndFlyway_areUsedOnlyByTheDatabase() {
        noClasses()
                .that()
                .doNotHaveSimpleName("Database")
                .and()
                .doNotHaveSimpleName("AppendOnlyTrigger")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.h2..", "org.postgresql..", "org.flywaydb..")
                .check(REGISTRY);
    }

    @Test
    void registry_knowsNoAppOrServerFramework() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("landcover.server..", "landcover.desktop..", "io.helidon..", "javafx..")
                .check(REGISTRY);
    }
}
