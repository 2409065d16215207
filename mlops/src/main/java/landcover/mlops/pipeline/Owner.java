package landcover.mlops.pipeline;

import java.util.UUID;

/**
 * Identifies one running pipeline instance as {@code host:pid:uuid}, so a lease can tell a live
 * holder from one whose process was killed on this host.
 *
 * @param id the identity
 */
record Owner(String id) {
    /** A new identity for this process. */
    static Owner create() {
        return new Owner(host() + ":" + ProcessHandle.current().pid() + ":" + UUID.randomUUID());
    }

    /**
     * False only when {@code other} ran on this host under another process id that is not alive;
     * holders on other hosts or in this process are presumed alive (their lease expiry decides).
     */
    static boolean isAlive(String other, Owner me) {
        String[] theirs = other.split(":");
        String[] mine = me.id().split(":");
        if (theirs.length != 3 || !theirs[0].equals(mine[0]) || theirs[1].equals(mine[1])) {
            return true;
        }
        try {
            return ProcessHandle.of(Long.parseLong(theirs[1]))
                    .map(ProcessHandle::isAlive)
                    .orElse(false);
        } catch (NumberFormatException e) {
            return true;
        }
    }

    private static String host() {
        String name = System.getenv("HOSTNAME");
        if (name == null || name.isBlank()) {
            try {
                name = java.net.InetAddress.getLocalHost().getHostName();
            } catch (java.net.UnknownHostException e) {
                name = "localhost";
            }
        }
        return name.replace(':', '_');
    }
}
