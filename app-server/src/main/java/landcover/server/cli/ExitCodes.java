package landcover.server.cli;

/** Exit codes shared by every command. */
final class ExitCodes {
    /** Success. */
    static final int OK = 0;
    /** An internal error: a bug or an environment failure, reported with an error id. */
    static final int INTERNAL = 1;
    /** Bad input: usage, a file that cannot be read or parsed, a value out of range. */
    static final int BAD_INPUT = 2;

    private ExitCodes() {}
}
