# GDAL as the test oracle, one process for many files (importing osgeo costs more than decoding).
# Usage: gdal_oracle.py OUT_DIR FILE... ; for the i-th FILE writes OUT_DIR/i.json with
#   {"info": <gdalinfo -json, via gdal.Info>, "levels": n, "cogErrors": [...], "cogWarnings": [...]}
# and OUT_DIR/i_L.f32: every band of level L (0 full resolution, k overview k) as little-endian
# float32, band after band, rows top to bottom.
import json
import os
import sys

from osgeo import gdal
from osgeo_utils.samples import validate_cloud_optimized_geotiff as cog

gdal.UseExceptions()
out_dir = sys.argv[1]
for i, path in enumerate(sys.argv[2:]):
    ds = gdal.Open(path)
    info = gdal.Info(ds, format="json")
    levels = 1 + ds.GetRasterBand(1).GetOverviewCount()
    for level in range(levels):
        with open(os.path.join(out_dir, "%d_%d.f32" % (i, level)), "wb") as f:
            for b in range(1, ds.RasterCount + 1):
                band = ds.GetRasterBand(b)
                if level > 0:
                    band = band.GetOverview(level - 1)
                f.write(band.ReadAsArray().astype("<f4").tobytes())
    try:
        warnings, errors, _ = cog.validate(ds, full_check=True)
    except cog.ValidateCloudOptimizedGeoTIFFException as e:
        warnings, errors = [], [str(e)]
    with open(os.path.join(out_dir, "%d.json" % i), "w") as f:
        json.dump({"info": info, "levels": levels, "cogErrors": errors, "cogWarnings": warnings}, f)
