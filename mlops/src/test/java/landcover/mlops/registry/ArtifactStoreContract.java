package landcover.mlops.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The {@link ArtifactStore} contract; each implementation's test subclasses it. */
abstract class ArtifactStoreContract {
    ArtifactStore store;

    /** A new, empty store. */
    abstract ArtifactStore newStore() throws Exception;

    /** Flips one byte of a stored blob behind the store's back. */
    abstract void flipOneByte(Sha256 blob, long offset) throws Exception;

    @BeforeEach
    void open() throws Exception {
        store = newStore();
    }

    @AfterEach
    void close() {
        store.close();
    }

    static byte[] bytes(long seed, int size) {
        byte[] out = new byte[size];
        new Random(seed).nextBytes(out);
        return out;
    }

    StoredBlob put(byte[] content) {
        return store.put(Sha256.of(content), content.length, () -> new ByteArrayInputStream(content));
    }

    @Test
    void put_thenOpen_returnsTheSameBytes() throws Exception {
        byte[] content = bytes(1, 1_234_567);
        StoredBlob blob = put(content);
        assertThat(blob.sha256()).isEqualTo(Sha256.of(content));
        assertThat(blob.sizeBytes()).isEqualTo(content.length);
        try (InputStream in = store.open(blob.sha256())) {
            assertThat(in.readAllBytes()).isEqualTo(content);
        }
    }

    @Test
    void put_sameContentTwice_storesOneBlob() {
        byte[] content = bytes(2, 1000);
        StoredBlob first = put(content);
        StoredBlob second = put(content);
        assertThat(second.sha256()).isEqualTo(first.sha256());
        assertThat(store.list()).extracting(StoredBlob::sha256).containsExactly(first.sha256());
    }

    @Test
    void put_contentNotMatchingItsAddress_isRefusedAndNothingIsStored() {
        byte[] content = bytes(3, 1000);
        Sha256 claimed = Sha256.of(bytes(4, 1000));
        assertThatThrownBy(() -> store.put(claimed, content.length, () -> new ByteArrayInputStream(content)))
                .isInstanceOf(ArtifactCorruptedException.class);
        assertThat(store.exists(claimed)).isFalse();
        assertThat(store.list()).isEmpty();
    }

    @Test
    void existsStatDelete_followTheBlob() {
        byte[] content = bytes(5, 10);
        Sha256 sha = Sha256.of(content);
        assertThat(store.exists(sha)).isFalse();
        assertThat(store.stat(sha)).isEmpty();
        put(content);
        assertThat(store.exists(sha)).isTrue();
        assertThat(store.stat(sha))
                .hasValueSatisfying(b -> assertThat(b.sizeBytes()).isEqualTo(10));
        store.delete(sha);
        assertThat(store.exists(sha)).isFalse();
        store.delete(sha);
    }

    @Test
    void open_missingBlob_throwsArtifactMissing() {
        Sha256 sha = Sha256.of(bytes(6, 10));
        assertThatThrownBy(() -> store.open(sha).close())
                .isInstanceOf(ArtifactMissingException.class)
                .hasMessageContaining(sha.shortHex());
    }

    @Test
    void open_blobWithOneFlippedByte_isRefusedAtTheEnd() throws Exception {
        byte[] content = bytes(7, 100_000);
        Sha256 sha = put(content).sha256();
        flipOneByte(sha, 54_321);
        assertThatThrownBy(() -> {
                    try (InputStream in = store.open(sha)) {
                        in.readAllBytes();
                    }
                })
                .isInstanceOf(ArtifactCorruptedException.class)
                .hasMessageContaining(sha.hex())
                .hasMessageContaining("corrupted")
                .satisfies(e ->
                        assertThat(((ArtifactCorruptedException) e).expected()).isEqualTo(sha));
    }

    @Test
    void list_namesEveryBlobWithItsSize() {
        List<Sha256> expected = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            expected.add(put(bytes(100 + i, 10 + i)).sha256());
        }
        assertThat(store.list()).extracting(StoredBlob::sha256).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(store.list()).allSatisfy(b -> assertThat(b.lastModified()).isNotNull());
    }

    @Test
    void put_concurrentWritersOfTheSameContent_allSucceedWithOneBlob() throws Exception {
        byte[] content = bytes(8, 300_000);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<StoredBlob>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                results.add(pool.submit(() -> put(content)));
            }
            for (Future<StoredBlob> r : results) {
                assertThat(r.get().sha256()).isEqualTo(Sha256.of(content));
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(store.list()).hasSize(1);
        try (InputStream in = store.open(Sha256.of(content))) {
            assertThat(in.readAllBytes()).isEqualTo(content);
        }
    }
}
