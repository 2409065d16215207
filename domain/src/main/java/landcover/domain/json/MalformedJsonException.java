package landcover.domain.json;

/** The text is not JSON; the message names the line and column of the first problem. */
public final class MalformedJsonException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int line;
    private final int column;

    MalformedJsonException(String problem, int line, int column) {
        super("malformed JSON at line " + line + ", column " + column + ": " + problem);
        this.line = line;
        this.column = column;
    }

    /** 1-based line of the problem. */
    public int line() {
        return line;
    }

    /** 1-based column of the problem. */
    public int column() {
        return column;
    }
}
