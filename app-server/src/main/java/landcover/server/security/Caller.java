package landcover.server.security;

import java.util.Objects;

/** Who made a request, as far as its credentials tell. */
public sealed interface Caller {
    /** No credentials were presented. */
    record Anonymous() implements Caller {}

    /** Credentials were presented but matched nothing, or were malformed. */
    record Unknown() implements Caller {}

    /** The admin token was presented. */
    record Admin() implements Caller {}

    /**
     * A client API key was presented.
     *
     * @param keyName the name the key was issued under
     */
    record Client(String keyName) implements Caller {
        public Client {
            Objects.requireNonNull(keyName, "keyName");
        }
    }
}
