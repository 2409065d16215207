# GDAL's side of the GeoTIFF benchmark, timed inside one Python process (no interpreter start-up
# in the figures). Prints one "name seconds..." line per measurement.
#   read  RUNS WARMUP XOFF YOFF W H FILE...   open every file, read the window of band 1, close
#   encode RUNS WARMUP SRC OUT OPTIONS...     gdal.Translate(SRC → OUT, COG) with a MEM copy of SRC
import sys
import time

import numpy as np
from osgeo import gdal

gdal.UseExceptions()


def read(runs, warmup, xoff, yoff, w, h, files):
    total = 0.0
    times = []
    for i in range(warmup + runs):
        start = time.perf_counter()
        total = 0.0
        for f in files:
            ds = gdal.Open(f)
            a = ds.GetRasterBand(1).ReadAsArray(xoff, yoff, w, h)
            total += float(a.sum(dtype=np.float64))
            ds = None
        if i >= warmup:
            times.append(time.perf_counter() - start)
    print("checksum %r" % total)
    print("read " + " ".join("%.6f" % t for t in times))


def encode(runs, warmup, src, out, options):
    mem = gdal.Translate("", gdal.Open(src), format="MEM")
    times = []
    for i in range(warmup + runs):
        start = time.perf_counter()
        gdal.Translate(out, mem, format="COG", creationOptions=options)
        if i >= warmup:
            times.append(time.perf_counter() - start)
    print("encode " + " ".join("%.6f" % t for t in times))


if sys.argv[1] == "read":
    a = sys.argv
    read(int(a[2]), int(a[3]), int(a[4]), int(a[5]), int(a[6]), int(a[7]), a[8:])
else:
    a = sys.argv
    encode(int(a[2]), int(a[3]), a[4], a[5], a[6:])
