package landcover.raster.imagery.catalog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import landcover.domain.Year;
import landcover.domain.aoi.BoundingBox;
import landcover.raster.DataType;
import landcover.raster.Raster;
import landcover.raster.RasterException;
import landcover.raster.features.FeatureList;
import landcover.raster.features.FeatureSpace;
import landcover.raster.grid.AoiMask;
import landcover.raster.grid.GridGeometry;
import landcover.raster.grid.PixelWindow;
import landcover.raster.grid.WarpOp;
import landcover.raster.imagery.FeatureRead;
import landcover.raster.imagery.FeatureRequest;
import landcover.raster.imagery.ImagerySource;
import landcover.raster.imagery.NoImageryException;
import landcover.raster.imagery.ReadStats;
import landcover.raster.imagery.Season;
import landcover.raster.imagery.catalog.CatalogModel.Catalog;
import landcover.raster.imagery.catalog.CatalogModel.SubTile;
import landcover.raster.imagery.catalog.CatalogModel.YearEntry;
import landcover.raster.imagery.compose.BandReaders;
import landcover.raster.imagery.compose.Coverage;
import landcover.raster.imagery.compose.Quantization;
import landcover.raster.imagery.compose.ReaderCache;
import landcover.raster.imagery.compose.StackAssembler;
import landcover.raster.imagery.compose.TileInputs;
import landcover.raster.s2.S2Band;
import landcover.raster.tiff.BlockCache;
import landcover.raster.tiff.GeoTiff;
import landcover.raster.tiff.GeoTiffReader;
import org.locationtech.jts.geom.Geometry;

/**
 * An {@link ImagerySource} over a local catalog. Reads only the sub-tiles, bands and 256-pixel
 * blocks an AOI needs, through a cache of open readers and one of decompressed blocks (a server
 * reading small AOIs of one region comes back to the same blocks all the time). Notices a newer {@code catalog.json} (a
 * finished ingest) within a second and switches to it. Thread-safe.
 */
final class LocalCatalogSource implements ImagerySource {
    private static final long RELOAD_CHECK_NANOS = 1_000_000_000L;
    /** Decompressed blocks kept: a 14-band UInt16 block is 1.8 MB, a season of the region 30 MB. */
    static final long BLOCK_CACHE_BYTES = 256L << 20;

    private final Path root;
    private final ReaderCache readers;
    private volatile Snapshot snapshot;
    private volatile long checkedAt;

    private record Snapshot(Catalog catalog, long modified, Map<Integer, Geometry> coverage) {}

    LocalCatalogSource(Path root, int openFiles) {
        this.root = root;
        BlockCache blocks = BlockCache.ofBytes(BLOCK_CACHE_BYTES);
        this.readers = new ReaderCache(openFiles, location -> GeoTiff.open(Path.of(location), blocks));
        this.snapshot = load();
        if (snapshot.catalog().years().isEmpty()) {
            throw new RasterException(root.toString(), "not a catalog with imagery (no catalog.json or no year)");
        }
        this.checkedAt = System.nanoTime();
    }

    private Snapshot load() {
        return new Snapshot(CatalogStore.read(root), modified(), new ConcurrentHashMap<>());
    }

    private long modified() {
        try {
            Path file = root.resolve(CatalogStore.CATALOG_FILE);
            return Files.exists(file) ? Files.getLastModifiedTime(file).toMillis() : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    private Snapshot current() {
        long now = System.nanoTime();
        if (now - checkedAt > RELOAD_CHECK_NANOS) {
            checkedAt = now;
            if (modified() != snapshot.modified()) {
                snapshot = load();
            }
        }
        return snapshot;
    }

    YearEntry entry(Year year) {
        return current()
                .catalog()
                .year(year.value())
                .orElseThrow(() -> new NoImageryException(
                        year,
                        "no imagery for " + year + " in " + root + " (years: "
                                + current().catalog().years().keySet() + ")"));
    }

    /** The catalog folder. */
    Path root() {
        return root;
    }

    /** The open-file cache, shared with the basemap renderer. */
    ReaderCache readers() {
        return readers;
    }

    @Override
    public List<Year> years() {
        return current().catalog().years().keySet().stream().map(Year::new).toList();
    }

    @Override
    public List<Season> seasons(Year year) {
        return entry(year).seasons();
    }

    @Override
    public Geometry coverage(Year year) {
        YearEntry entry = entry(year);
        return current()
                .coverage()
                .computeIfAbsent(
                        year.value(),
                        y -> Coverage.of(
                                entry.subTiles().stream().map(SubTile::grid).toList()));
    }

    @Override
    public boolean isSynthetic(Year year) {
        return entry(year).synthetic();
    }

    @Override
    public FeatureRead read(FeatureRequest request) {
        YearEntry entry = entry(request.year());
        FeatureList features =
                new FeatureSpace(entry.seasons().stream().map(Season::name).toList()).parseList(request.features());
        AoiMask mask = StackAssembler.mask(request.aoi());
        GridGeometry target = mask.windowGrid();
        Path dir = root.resolve(entry.directory());
        List<TileInputs> inputs = new ArrayList<>();
        for (SubTile tile : entry.subTiles()) {
            if (overlaps(tile.wgs84(), request.aoi().bbox())) {
                PixelWindow window = WarpOp.sourceWindow(tile.grid(), target);
                if (!window.isEmpty()) {
                    inputs.add(read(entry, tile, window, features, dir));
                }
            }
        }
        if (inputs.isEmpty()) {
            throw new NoImageryException(request.year(), "the AOI lies outside the imagery of " + request.year());
        }
        List<Season> used = entry.seasons().stream()
                .filter(s -> features.seasons().contains(s.name()))
                .toList();
        return StackAssembler.assemble(features, used, mask, inputs);
    }

    private TileInputs read(YearEntry entry, SubTile tile, PixelWindow window, FeatureList features, Path dir) {
        Map<String, Raster> composites = new LinkedHashMap<>();
        Map<String, List<String>> scenes = new HashMap<>();
        long[] bytes = {0};
        for (String season : features.seasons()) {
            List<S2Band> bands = YearBuilder.STORED_BANDS.stream()
                    .filter(features.bandsFor(season)::contains)
                    .toList();
            String file = dir.resolve(tile.seasons().get(season).file()).toString();
            composites.put(season, readComposite(file, window, bands, bytes));
            scenes.put(
                    season, entry.tiles().get(tile.tile()).seasons().get(season).scenes());
        }
        Optional<Raster> terrain = Optional.empty();
        if (features.needsDem()) {
            String file = dir.resolve(tile.terrain()
                            .orElseThrow(() -> new RasterException(
                                    root.toString(),
                                    "the catalog has no terrain for " + entry.year() + " (ingest with --dem)")))
                    .toString();
            terrain = Optional.of(readAll(file, window, bytes));
        }
        return new TileInputs(tile.id(), composites, terrain, scenes, new ReadStats(bytes[0], 0));
    }

    private Raster readComposite(String file, PixelWindow window, List<S2Band> bands, long[] bytes) {
        List<Integer> indexes =
                bands.stream().map(YearBuilder.STORED_BANDS::indexOf).toList();
        try (BandReaders.Lease lease = readers.open(file)) {
            GeoTiffReader reader = lease.reader();
            bytes[0] += reader.byteRanges(window, 0, indexes).stream()
                    .mapToLong(r -> r.length())
                    .sum();
            Raster dn = reader.readBands(window, 0, indexes);
            float[][] planes = new float[bands.size()][];
            for (int b = 0; b < planes.length; b++) {
                float[] p = dn.band(b).clone();
                for (int i = 0; i < p.length; i++) {
                    p[i] = Quantization.toPhysical(bands.get(b), p[i]);
                }
                planes[b] = p;
            }
            return new Raster(
                    dn.grid(),
                    DataType.FLOAT32,
                    bands.stream().map(S2Band::name).toList(),
                    planes,
                    java.util.OptionalDouble.of(Double.NaN));
        }
    }

    private Raster readAll(String file, PixelWindow window, long[] bytes) {
        try (BandReaders.Lease lease = readers.open(file)) {
            GeoTiffReader reader = lease.reader();
            List<Integer> all = java.util.stream.IntStream.range(
                            0, reader.info().bandCount())
                    .boxed()
                    .toList();
            bytes[0] += reader.byteRanges(window, 0, all).stream()
                    .mapToLong(r -> r.length())
                    .sum();
            return reader.readBands(window, 0, all);
        }
    }

    private static boolean overlaps(BoundingBox a, BoundingBox b) {
        return a.west() <= b.east() && b.west() <= a.east() && a.south() <= b.north() && b.south() <= a.north();
    }

    @Override
    public String describe() {
        Catalog c = current().catalog();
        return "local catalog " + root + " (" + c.years().keySet() + (c.isSynthetic() ? ", synthetic" : "") + ")";
    }

    @Override
    public void close() {
        readers.close();
    }
}
