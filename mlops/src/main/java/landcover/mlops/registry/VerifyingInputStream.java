package landcover.mlops.registry;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;

/**
 * Hashes the bytes passing through and, at the end of the stream, throws {@link
 * ArtifactCorruptedException} instead of returning -1 when they do not hash to the expected
 * address. Skipping is done by reading, so every byte is hashed. Not thread-safe.
 */
final class VerifyingInputStream extends FilterInputStream {
    private final Sha256 expected;
    private final String file;
    private final MessageDigest digest = Sha256.newDigest();
    private boolean verified;

    VerifyingInputStream(InputStream in, Sha256 expected, String file) {
        super(in);
        this.expected = expected;
        this.file = file;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b < 0) {
            verify();
        } else {
            digest.update((byte) b);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n < 0) {
            verify();
        } else {
            digest.update(buffer, offset, n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        byte[] scratch = new byte[(int) Math.min(n, 8192)];
        int read = read(scratch, 0, scratch.length);
        return Math.max(read, 0);
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    @Override
    public synchronized void mark(int readLimit) {
        // Not supported: a reset would hash bytes twice.
    }

    @Override
    public synchronized void reset() throws IOException {
        throw new IOException("mark/reset not supported");
    }

    private void verify() {
        if (verified) {
            return;
        }
        Sha256 actual = Sha256.fromDigest(digest.digest());
        if (!actual.equals(expected)) {
            throw new ArtifactCorruptedException(null, file, expected, actual);
        }
        verified = true;
    }
}
