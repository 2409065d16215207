package landcover.server.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import landcover.server.BuildInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code landcover version}: the version and the git commit the build came from. */
@Command(
        mixinStandardHelpOptions = true,
        name = "version",
        description = "Print the version and the git commit this build came from.")
final class VersionCommand implements Callable<Integer> {
    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        BuildInfo build = BuildInfo.load();
        if (json) {
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("version", build.version());
            result.put("commit", build.commit());
            result.put("commitTime", build.commitTime());
            result.put("dirty", build.dirty());
            spec.commandLine().getOut().println(JsonOutput.line(result));
        } else {
            spec.commandLine().getOut().println(text(build));
        }
        return ExitCodes.OK;
    }

    static String text(BuildInfo build) {
        return "landcover " + build.version() + " (commit " + build.commit() + (build.dirty() ? ", dirty" : "") + ")";
    }

    /** Serves {@code landcover --version}. */
    static final class Provider implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {text(BuildInfo.load())};
        }
    }
}
