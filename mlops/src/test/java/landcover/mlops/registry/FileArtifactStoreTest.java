package landcover.mlops.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileArtifactStoreTest extends ArtifactStoreContract {
    @TempDir
    Path dir;

    @Override
    ArtifactStore newStore() {
        return new FileArtifactStore(dir);
    }

    @Override
    void flipOneByte(Sha256 blob, long offset) throws Exception {
        flip(((FileArtifactStore) store).pathOf(blob), offset);
    }

    static void flip(Path file, long offset) throws Exception {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.seek(offset);
            int b = f.read();
            f.seek(offset);
            f.write(b ^ 0x01);
        }
    }

    @Test
    void removeIncompleteWrites_oldTemporaryFiles_areRemovedAndYoungOnesKept() throws Exception {
        Path old = Files.writeString(dir.resolve("tmp/crashed.part"), "half a blob");
        Files.setLastModifiedTime(old, FileTime.from(Instant.parse("2020-01-01T00:00:00Z")));
        Path young = Files.writeString(dir.resolve("tmp/writing.part"), "in flight");
        assertThat(store.removeIncompleteWrites(Instant.now().minusSeconds(3600)))
                .isEqualTo(1);
        assertThat(old).doesNotExist();
        assertThat(young).exists();
    }

    @Test
    void put_leavesNoTemporaryFile() {
        put(bytes(9, 1000));
        assertThat(dir.resolve("tmp")).isEmptyDirectory();
    }
}
