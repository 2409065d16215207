package landcover.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * What was built: the project version and the git commit the build came from (baked into the jar
 * at build time, so it is right wherever the jar runs).
 *
 * @param version project version, e.g. {@code 0.1.0-SNAPSHOT}
 * @param commit full commit id, or {@code unknown} when built outside a git checkout
 * @param commitTime commit time as git reports it, or empty
 * @param dirty whether the working tree had uncommitted changes at build time
 */
public record BuildInfo(String version, String commit, String commitTime, boolean dirty) {
    /** Reads the build's properties from the classpath. */
    public static BuildInfo load() {
        Properties build = read("build.properties");
        Properties git = read("git.properties");
        return new BuildInfo(
                build.getProperty("version", "unknown"),
                git.getProperty("git.commit.id.full", "unknown"),
                git.getProperty("git.commit.time", ""),
                Boolean.parseBoolean(git.getProperty("git.dirty", "false")));
    }

    private static Properties read(String name) {
        Properties properties = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream(name)) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read build resource " + name, e);
        }
        return properties;
    }

    /** The first 12 characters of the commit id. */
    public String shortCommit() {
        return commit.length() > 12 ? commit.substring(0, 12) : commit;
    }
}
