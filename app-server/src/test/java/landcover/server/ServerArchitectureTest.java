package landcover.server;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Package rules inside the server: Helidon stays at the edges (http, grpc, config, the server
 * lifecycle), the shared edge logic and security know no HTTP, and Prometheus is used only
 * through landcover.mlops.monitoring.
 */
class ServerArchitectureTest {
    private static final JavaClasses SERVER = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("landcover.server");

    @Test
    void apiAndSecurity_knowNeitherHelidonNorGrpc() {
        noClasses()
                .that()
                .resideInAnyPackage("landcover.server.api..", "landcover.server.security..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("io.helidon..", "io.grpc..", "com.google.protobuf..")
                .check(SERVER);
    }

    @Test
    void helidonConfig_isReadOnlyInTheConfigPackage() {
        noClasses()
                .that()
                .resideOutsideOfPackage("landcover.server.config..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("io.helidon.config..")
                .check(SERVER);
    }

    @Test
    void prometheus_isNeverUsedDirectly() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("io.prometheus..")
                .check(SERVER);
    }

    @Test
    void cliAndConfig_doNotReachIntoTheHttpOrGrpcEdges() {
        noClasses()
                .that()
                .resideInAnyPackage(
                        "landcover.server.config..", "landcover.server.security..", "landcover.server.api..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("landcover.server.http..", "landcover.server.grpc..", "landcover.server.cli..")
                .check(SERVER);
    }
}
