package landcover.mlops.pipeline;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What the embedded bootstrap did.
 *
 * @param generatedSampleRegion true when this run generated the sample region
 * @param sampleRegion time spent on the sample region (zero when it was there)
 * @param catalog time spent building the catalog (ingests that were up to date cost little)
 * @param years per sample year, what happened
 * @param total the whole run
 */
public record BootstrapReport(
        boolean generatedSampleRegion,
        Duration sampleRegion,
        Duration catalog,
        List<BootstrapYear> years,
        Duration total) {
    public BootstrapReport {
        Objects.requireNonNull(sampleRegion, "sampleRegion");
        Objects.requireNonNull(catalog, "catalog");
        years = List.copyOf(years);
        Objects.requireNonNull(total, "total");
    }

    /** Versions this run registered. */
    public long registered() {
        return years.stream().filter(BootstrapYear::trained).count();
    }
}
