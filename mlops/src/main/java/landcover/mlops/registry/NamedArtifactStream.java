package landcover.mlops.registry;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import landcover.domain.ModelId;

/** Re-throws a store's corruption error named by the model version and artifact being read. */
final class NamedArtifactStream extends FilterInputStream {
    private final ModelId id;
    private final String name;

    NamedArtifactStream(InputStream in, ModelId id, String name) {
        super(in);
        this.id = id;
        this.name = name;
    }

    @Override
    public int read() throws IOException {
        try {
            return super.read();
        } catch (ArtifactCorruptedException e) {
            throw e.in(id, name);
        }
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        try {
            return super.read(buffer, offset, length);
        } catch (ArtifactCorruptedException e) {
            throw e.in(id, name);
        }
    }

    @Override
    public long skip(long n) throws IOException {
        try {
            return super.skip(n);
        } catch (ArtifactCorruptedException e) {
            throw e.in(id, name);
        }
    }
}
