package landcover.testing;

/** Whether the tests run under continuous integration, where nothing may be skipped. */
public final class Ci {
    private Ci() {}

    /** True when the environment variable {@code CI} is {@code true} (as set by .ci/run). */
    public static boolean isCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }
}
