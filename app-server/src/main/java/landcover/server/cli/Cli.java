package landcover.server.cli;

import java.io.PrintWriter;
import java.util.UUID;
import landcover.domain.DomainException;
import landcover.mlops.MlopsException;
import landcover.raster.RasterException;
import landcover.server.config.SettingsException;
import landcover.server.security.SecurityConfigException;
import picocli.CommandLine;

/**
 * Builds and runs the {@code landcover} command line. Exit codes: 0 success, 2 bad input (usage
 * errors, unreadable files, invalid values — one line on stderr, no stack trace), 1 internal error
 * (one line with an error id; the stack trace goes to the log).
 */
public final class Cli {
    private static final System.Logger LOG = System.getLogger(Cli.class.getName());

    private final PrintWriter out;
    private final PrintWriter err;

    /**
     * @param out where results go
     * @param err where messages go
     */
    public Cli(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    /** A CLI writing to the process's standard output and error. */
    public static Cli standard() {
        return new Cli(new PrintWriter(System.out, true), new PrintWriter(System.err, true));
    }

    /** Runs one command line and returns its exit code. */
    public int run(String... args) {
        CommandLine commandLine = new CommandLine(new LandcoverCommand())
                .setOut(out)
                .setErr(err)
                .setParameterExceptionHandler(this::usageError)
                .setExecutionExceptionHandler((e, cl, parsed) -> failure(e));
        int code = commandLine.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    private int usageError(CommandLine.ParameterException e, String[] args) {
        err.println("landcover: " + e.getMessage());
        err.println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
        return ExitCodes.BAD_INPUT;
    }

    private int failure(Exception e) {
        if (e instanceof DomainException
                || e instanceof RasterException
                || e instanceof MlopsException
                || e instanceof BadInputException
                || e instanceof SettingsException
                || e instanceof SecurityConfigException) {
            err.println("landcover: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        String id = UUID.randomUUID().toString().substring(0, 8);
        LOG.log(System.Logger.Level.ERROR, "internal error " + id, e);
        err.println("landcover: internal error " + id + ": " + e.getClass().getSimpleName()
                + " (details in the log under this id)");
        return ExitCodes.INTERNAL;
    }
}
