package landcover.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import landcover.testing.ExternalTool;
import landcover.testing.RepoRoot;
import org.junit.jupiter.api.Test;

/** On an older JDK the build must stop at once with a message saying where JDK 25 is expected. */
class JdkRequirementIT {
    private static final Path JDK17 = Path.of("/usr/lib/jvm/java-17-openjdk-amd64");

    @Test
    void build_onJdk17_stopsWithAReadableMessage() {
        ExternalTool.require(JDK17.resolve("bin/java").toString());
        Path root = RepoRoot.path();
        ProcessBuilder builder =
                new ProcessBuilder(List.of("./mvnw", "-B", "-q", "-N", "-o", "validate")).directory(root.toFile());
        builder.environment().put("JAVA_HOME", JDK17.toString());
        ExternalTool.Result result = ExternalTool.run(builder);
        assertThat(result.exitCode()).isNotZero();
        assertThat(result.stdout() + result.stderr())
                .contains("landcover needs JDK 25")
                .contains("/usr/lib/jvm/temurin-25-jdk-amd64");
    }
}
