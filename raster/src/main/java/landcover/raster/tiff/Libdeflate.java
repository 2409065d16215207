package landcover.raster.tiff;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.util.Optional;

/**
 * zlib-stream decompression by libdeflate (the library GDAL decodes Deflate tiles with), called
 * through the JDK's foreign-function API. libdeflate inflates whole buffers 1.5-2x faster than the
 * JDK's zlib, which is what decides window-read speed. Used only when the process grants this
 * module native access ({@code --enable-native-access=landcover.raster}, or {@code ALL-UNNAMED} on
 * the class path) and the system has the library (Debian: libdeflate0, a GDAL dependency);
 * otherwise {@link java.util.zip.Inflater} does the work, with identical results. Set the system
 * property {@code landcover.raster.libdeflate=false} to turn it off. Thread-safe: each thread gets
 * its own decompressor (a few kilobytes, kept for the thread's life).
 */
final class Libdeflate {
    private static final String[] NAMES = {"libdeflate.so.0", "libdeflate.so", "libdeflate.0.dylib", "libdeflate.dll"};
    private static final Optional<Libdeflate> SYSTEM = load();

    private final MethodHandle decompress;
    private final ThreadLocal<MemorySegment> decompressors;
    private final ThreadLocal<long[]> produced = ThreadLocal.withInitial(() -> new long[1]);

    private Libdeflate(MethodHandle allocate, MethodHandle decompress) {
        this.decompress = decompress;
        this.decompressors = ThreadLocal.withInitial(() -> {
            try {
                return (MemorySegment) allocate.invokeExact();
            } catch (Throwable t) {
                throw new IllegalStateException("libdeflate_alloc_decompressor failed", t);
            }
        });
    }

    /** The system's libdeflate when it may and can be used; see the class comment. */
    static Optional<Libdeflate> system() {
        return SYSTEM;
    }

    private static Optional<Libdeflate> load() {
        if (!Libdeflate.class.getModule().isNativeAccessEnabled()
                || "false".equalsIgnoreCase(System.getProperty("landcover.raster.libdeflate"))) {
            return Optional.empty();
        }
        Linker linker = Linker.nativeLinker();
        for (String name : NAMES) {
            try {
                SymbolLookup lib = SymbolLookup.libraryLookup(name, Arena.global());
                MethodHandle allocate = linker.downcallHandle(
                        lib.findOrThrow("libdeflate_alloc_decompressor"), FunctionDescriptor.of(ValueLayout.ADDRESS));
                // critical(true): tiles are passed as heap arrays without copying; the call is short
                // and never calls back into Java.
                MethodHandle decompress = linker.downcallHandle(
                        lib.findOrThrow("libdeflate_zlib_decompress"),
                        FunctionDescriptor.of(
                                ValueLayout.JAVA_INT,
                                ValueLayout.ADDRESS,
                                ValueLayout.ADDRESS,
                                ValueLayout.JAVA_LONG,
                                ValueLayout.ADDRESS,
                                ValueLayout.JAVA_LONG,
                                ValueLayout.ADDRESS),
                        Linker.Option.critical(true));
                return Optional.of(new Libdeflate(allocate, decompress));
            } catch (IllegalArgumentException | java.util.NoSuchElementException notHere) {
                // try the next name
            }
        }
        return Optional.empty();
    }

    /**
     * Inflates a whole zlib stream.
     *
     * @return the number of bytes produced, or -1 when the data is corrupt or needs more than
     *     {@code capacity} bytes (the caller then falls back to the JDK's Inflater)
     */
    int zlibDecompress(byte[] src, int length, byte[] dst, int capacity) {
        long[] out = produced.get();
        try {
            int result = (int) decompress.invokeExact(
                    decompressors.get(),
                    MemorySegment.ofArray(src),
                    (long) length,
                    MemorySegment.ofArray(dst),
                    (long) capacity,
                    MemorySegment.ofArray(out));
            return result == 0 ? (int) out[0] : -1;
        } catch (Throwable t) {
            throw new IllegalStateException("libdeflate_zlib_decompress failed", t);
        }
    }
}
