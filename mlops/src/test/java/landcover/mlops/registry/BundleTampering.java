package landcover.mlops.registry;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Copies a bundle, changing the bytes of one entry: a damaged download or a tampered file. */
final class BundleTampering {
    private BundleTampering() {}

    static void replaceEntry(Path in, Path out, String entry, Consumer<byte[]> change) throws IOException {
        try (InputStream raw = Files.newInputStream(in);
                ZipInputStream zin = new ZipInputStream(raw);
                OutputStream rawOut = Files.newOutputStream(out);
                ZipOutputStream zout = new ZipOutputStream(rawOut)) {
            for (ZipEntry e = zin.getNextEntry(); e != null; e = zin.getNextEntry()) {
                byte[] bytes = zin.readAllBytes();
                if (e.getName().equals(entry)) {
                    change.accept(bytes);
                }
                zout.putNextEntry(new ZipEntry(e.getName()));
                zout.write(bytes);
                zout.closeEntry();
            }
        }
    }
}
