package landcover.raster.imagery.stac;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ForkJoinPool;
import landcover.domain.Year;
import landcover.domain.aoi.Aoi;
import landcover.domain.aoi.BoundingBox;
import landcover.raster.Raster;
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
import landcover.raster.imagery.compose.BandReaders;
import landcover.raster.imagery.compose.ReaderCache;
import landcover.raster.imagery.compose.SceneRef;
import landcover.raster.imagery.compose.SceneSelection;
import landcover.raster.imagery.compose.StackAssembler;
import landcover.raster.imagery.compose.TerrainReader;
import landcover.raster.imagery.compose.TileCompositor;
import landcover.raster.imagery.compose.TileInputs;
import landcover.raster.imagery.http.HttpRangeClient;
import landcover.raster.imagery.http.HttpRangeReader;
import landcover.raster.s2.S2Band;
import landcover.raster.tiff.GeoTiff;
import landcover.raster.tiff.GeoTiffReader;
import landcover.raster.tiff.RangeReader;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * An {@link ImagerySource} over a STAC API and the COGs its items point to, compositing on the fly
 * with the catalog's own code path. Per read: the season's items over the AOI (searched once per
 * quarter-degree cell and season, then cached), grouped by MGRS tile, the least-cloudy few per tile,
 * and only the COG tiles covering the AOI read through HTTP range requests. Open readers (headers)
 * and fetched ranges are cached. Thread-safe. {@link FeatureRead#stats()} counts the HTTP requests
 * and bytes made while the read ran, so it is exact only when reads do not overlap.
 */
final class StacImagerySource implements ImagerySource {
    private static final double CELL_DEGREES = 0.25;
    private static final int SEARCH_CACHE = 256;

    private final StacSettings settings;
    private final HttpRangeClient http;
    private final StacClient stac;
    private final ReaderCache readers;
    private final Map<String, List<StacItem>> searches = new LinkedHashMap<>(16, 0.75f, true);

    StacImagerySource(StacSettings settings) {
        this.settings = settings;
        this.http = new HttpRangeClient(settings.http());
        this.stac = new StacClient(settings.api(), http);
        this.readers = new ReaderCache(512, this::openReader);
    }

    private GeoTiffReader openReader(String location) {
        RangeReader source = location.startsWith("http://") || location.startsWith("https://")
                ? HttpRangeReader.open(URI.create(location), http)
                : RangeReader.of(Path.of(location));
        return GeoTiff.open(source, ForkJoinPool.commonPool());
    }

    private void check(Year year) {
        if (!settings.years().contains(year)) {
            throw new NoImageryException(
                    year, "no imagery for " + year + " from " + settings.api() + " (years: " + settings.years() + ")");
        }
    }

    @Override
    public List<Year> years() {
        return settings.years();
    }

    @Override
    public List<Season> seasons(Year year) {
        check(year);
        return settings.seasons().seasons(year);
    }

    @Override
    public Geometry coverage(Year year) {
        check(year);
        BoundingBox b = settings.coverage();
        return new GeometryFactory()
                .toGeometry(new org.locationtech.jts.geom.Envelope(b.west(), b.east(), b.south(), b.north()));
    }

    @Override
    public boolean isSynthetic(Year year) {
        check(year);
        return settings.synthetic();
    }

    @Override
    public FeatureRead read(FeatureRequest request) {
        check(request.year());
        List<Season> all = settings.seasons().seasons(request.year());
        FeatureList features = new FeatureSpace(all.stream().map(Season::name).toList()).parseList(request.features());
        List<Season> used =
                all.stream().filter(s -> features.seasons().contains(s.name())).toList();
        long requests = http.requests();
        long bytes = http.bytes();
        Map<String, Map<String, List<SceneRef>>> byTile = chooseScenes(request.aoi(), used);
        if (byTile.isEmpty()) {
            throw new NoImageryException(
                    request.year(),
                    "no Sentinel-2 scene covers the AOI in the seasons of "
                            + request.year() + " (" + settings.collection() + ", at most " + settings.maxCloudCover()
                            + " % cloud)");
        }
        AoiMask mask = StackAssembler.mask(request.aoi());
        List<TileInputs> inputs = new ArrayList<>();
        for (Map.Entry<String, Map<String, List<SceneRef>>> e : byTile.entrySet()) {
            tileInputs(e.getKey(), e.getValue(), features, used, mask.windowGrid())
                    .ifPresent(inputs::add);
        }
        if (inputs.isEmpty()) {
            throw new NoImageryException(request.year(), "the AOI lies outside the scenes found for " + request.year());
        }
        FeatureRead read = StackAssembler.assemble(features, used, mask, inputs);
        ReadStats stats = new ReadStats(http.bytes() - bytes, http.requests() - requests);
        return new FeatureRead(read.features(), read.mask(), read.seasons(), read.nodataShare(), stats);
    }

    /** Per tile, per season, the chosen scenes of items whose footprint meets the AOI. */
    private Map<String, Map<String, List<SceneRef>>> chooseScenes(Aoi aoi, List<Season> seasons) {
        Geometry area = aoi.geometry();
        Map<String, Map<String, List<SceneRef>>> byTile = new TreeMap<>();
        for (Season season : seasons) {
            Map<String, List<SceneRef>> candidates = new TreeMap<>();
            for (StacItem item : items(aoi.bbox(), season)) {
                if (item.footprint().intersects(area)) {
                    candidates
                            .computeIfAbsent(item.scene().tile(), t -> new ArrayList<>())
                            .add(item.scene());
                }
            }
            candidates.forEach((tile, scenes) -> byTile.computeIfAbsent(tile, t -> new LinkedHashMap<>())
                    .put(season.name(), SceneSelection.leastCloudy(scenes, season, settings.maxScenes())));
        }
        return byTile;
    }

    private Optional<TileInputs> tileInputs(
            String tile,
            Map<String, List<SceneRef>> scenes,
            FeatureList features,
            List<Season> seasons,
            GridGeometry target) {
        SceneRef any =
                scenes.values().stream().flatMap(List::stream).findFirst().orElseThrow();
        GridGeometry tileGrid;
        try (BandReaders.Lease lease = readers.open(any.asset(S2Band.B02))) {
            tileGrid = TileCompositor.gridOf(lease.reader().info(), any.asset(S2Band.B02));
        }
        PixelWindow window = WarpOp.sourceWindow(tileGrid, target);
        if (window.isEmpty()) {
            return Optional.empty();
        }
        GridGeometry grid = tileGrid.window(window);
        Map<String, Raster> composites = new LinkedHashMap<>();
        Map<String, List<String>> ids = new LinkedHashMap<>();
        for (Season season : seasons) {
            List<SceneRef> chosen = scenes.getOrDefault(season.name(), List.of());
            List<S2Band> bands = TileCompositor.inStoreOrder(features.bandsFor(season.name()));
            composites.put(
                    season.name(), TileCompositor.composite(chosen, bands, grid, readers, settings.compositing()));
            ids.put(season.name(), chosen.stream().map(SceneRef::id).toList());
        }
        Optional<Raster> terrain = Optional.empty();
        if (features.needsDem()) {
            String dem = settings.dem()
                    .orElseThrow(() -> new landcover.raster.RasterException(
                            "dem", "the features need terrain but the STAC source has no DEM configured"));
            terrain = Optional.of(TerrainReader.terrain(readers, dem, grid));
        }
        return Optional.of(new TileInputs(tile, composites, terrain, ids, ReadStats.NONE));
    }

    /** The season's items around an AOI: one search per quarter-degree cell block, cached. */
    private List<StacItem> items(BoundingBox aoi, Season season) {
        double w = Math.floor(aoi.west() / CELL_DEGREES) * CELL_DEGREES;
        double s = Math.floor(aoi.south() / CELL_DEGREES) * CELL_DEGREES;
        double e = Math.min(180, Math.ceil(aoi.east() / CELL_DEGREES) * CELL_DEGREES);
        double n = Math.min(90, Math.ceil(aoi.north() / CELL_DEGREES) * CELL_DEGREES);
        String key = season + "|" + w + "," + s + "," + e + "," + n;
        synchronized (searches) {
            List<StacItem> cached = searches.get(key);
            if (cached != null) {
                return cached;
            }
        }
        List<StacItem> found = stac.search(
                settings.collection(),
                new BoundingBox(w, s, Math.max(e, w + CELL_DEGREES), Math.max(n, s + CELL_DEGREES)),
                season,
                settings.maxCloudCover());
        synchronized (searches) {
            searches.put(key, found);
            if (searches.size() > SEARCH_CACHE) {
                searches.remove(searches.keySet().iterator().next());
            }
        }
        return found;
    }

    @Override
    public String describe() {
        return "STAC " + settings.api() + " collection " + settings.collection() + " (" + settings.years()
                + (settings.synthetic() ? ", synthetic" : "") + ")";
    }

    @Override
    public void close() {
        readers.close();
        http.close();
    }
}
