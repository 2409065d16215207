package landcover.server.loadtest;

/**
 * One request of a load test.
 *
 * @param index its position in the sequence
 * @param year the year asked for
 * @param startNanos when it was sent, since the run started
 * @param latencyNanos how long until its whole answer was read
 * @param status the HTTP status, or 0 when no answer came (connection failure)
 * @param replica the replica that served it, or "" when it failed
 * @param model the model id that served it, or ""
 * @param meanConfidence the answer's mean confidence, NaN when it failed
 * @param problem the problem type or transport error of a failure, or ""
 * @param server where the server says the time went, {@link ServerTiming#NONE} when it failed
 * @param synthetic whether the answer says its imagery or model is synthetic
 */
record Sample(
        int index,
        int year,
        long startNanos,
        long latencyNanos,
        int status,
        String replica,
        String model,
        double meanConfidence,
        String problem,
        ServerTiming server,
        boolean synthetic) {
    boolean ok() {
        return status == 200;
    }

    boolean serverError() {
        return status == 0 || status >= 500;
    }

    /** A failed request. */
    static Sample failed(int index, int year, long start, long latency, int status, String problem) {
        return new Sample(index, year, start, latency, status, "", "", Double.NaN, problem, ServerTiming.NONE, false);
    }

    /**
     * The server's account of one year prediction.
     *
     * @param read milliseconds reading the features
     * @param classify milliseconds running the forest
     * @param total milliseconds from accepted to answered
     * @param pixels pixels classified
     */
    record ServerTiming(double read, double classify, double total, double pixels) {
        static final ServerTiming NONE = new ServerTiming(Double.NaN, Double.NaN, Double.NaN, Double.NaN);
    }

    long endNanos() {
        return startNanos + latencyNanos;
    }
}
