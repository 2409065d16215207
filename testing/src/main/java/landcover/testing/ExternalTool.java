package landcover.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs a command-line tool used as a test oracle ({@code gdalinfo}, {@code promtool}, Debian's
 * {@code /usr/bin/python3}). A missing tool skips the test locally and fails it under CI.
 */
public final class ExternalTool {
    private ExternalTool() {}

    /** Requires an executable on the PATH (or an absolute path) and returns its path. */
    public static Path require(String name) {
        Path found = find(name);
        if (found != null) {
            return found;
        }
        String message = name + " is not installed (.ci/run installs it with apt-get)";
        if (Ci.isCi()) {
            Assertions.fail(message);
        }
        Assumptions.abort(message);
        throw new AssertionError("unreachable");
    }

    /** Requires a Debian Python module importable by {@code /usr/bin/python3}. */
    public static void requirePythonModule(String module) {
        require("/usr/bin/python3");
        Result r = run(List.of("/usr/bin/python3", "-c", "import " + module));
        if (r.exitCode() != 0) {
            String message = "python module " + module + " missing for /usr/bin/python3: " + r.stderr();
            if (Ci.isCi()) {
                Assertions.fail(message);
            }
            Assumptions.abort(message);
        }
    }

    private static Path find(String name) {
        if (name.contains("/")) {
            Path p = Path.of(name);
            return Files.isExecutable(p) ? p : null;
        }
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(":")) {
            Path p = Path.of(dir, name);
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        return null;
    }

    /** What a finished process printed and returned. */
    public record Result(int exitCode, String stdout, String stderr) {}

    /** Runs a command to completion (at most 10 minutes) and returns its output. */
    public static Result run(List<String> command) {
        return run(new ProcessBuilder(new ArrayList<>(command)));
    }

    /** Runs a prepared process (working directory, environment) to completion and returns its output. */
    public static Result run(ProcessBuilder builder) {
        List<String> command = builder.command();
        try {
            Path out = Files.createTempFile("tool", ".out");
            Path err = Files.createTempFile("tool", ".err");
            try {
                Process process = builder.redirectOutput(out.toFile())
                        .redirectError(err.toFile())
                        .start();
                if (!process.waitFor(10, TimeUnit.MINUTES)) {
                    process.destroyForcibly();
                    throw new AssertionError("timed out: " + command);
                }
                return new Result(
                        process.exitValue(),
                        Files.readString(out, StandardCharsets.UTF_8),
                        Files.readString(err, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new AssertionError("could not run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted running " + command, e);
        }
    }

    /** Runs a command that must succeed and returns its standard output. */
    public static String check(List<String> command) {
        Result r = run(command);
        Assertions.assertEquals(0, r.exitCode(), () -> command + " failed: " + r.stderr());
        return r.stdout();
    }
}
