# Scores the change-year experiment's 2023 models on one shared holdout (see run).
import json, numpy as np, sys
from osgeo import gdal, osr
names={'builtUp':1,'herbaceousVegetation':2,'shrubland':3,'water':4,'wetland':5,'cropland':6,'closedForest':7,'openForest':8,'bareSoil':9}
def remap(model, a):
    sch=json.load(open(model+'/scheme.json'))
    lut=np.zeros(256,np.uint8)
    for c in sch['classes']: lut[c['code']]=names[c['name']]
    return lut[a]
cls={'base':gdal.Open('cls_base.tif'),'new':gdal.Open('cls_new.tif')}
arr={'base':remap('m2023',cls['base'].ReadAsArray()),'new':remap('m2023new',cls['new'].ReadAsArray())}
gt=cls['base'].GetGeoTransform()
truth23=gdal.Open('S/classmap/2023.tif').ReadAsArray(); truth22=gdal.Open('S/classmap/2022.tif').ReadAsArray()
src=osr.SpatialReference(); src.ImportFromEPSG(4326); src.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
dst=osr.SpatialReference(); dst.ImportFromEPSG(32630)
tr=osr.CoordinateTransformation(src,dst)
R0=round((gt[3]-4062360)/10); C0=round((gt[0]-356400)/10)
def region_px(lon,lat):
    x,y,_=tr.TransformPoint(lon,lat); return int((4062360-y)//10), int((x-356400)//10)
def acc(points):
    res={}
    for k,a in arr.items():
        ok=0;n=0
        for r,c,code in points:
            rr,cc=r+R0,c-C0
            if 0<=rr<a.shape[0] and 0<=cc<a.shape[1] and a[rr,cc]!=0:
                n+=1; ok+= a[rr,cc]==code
        res[k]='%.3f (n=%d)'%(ok/n, n)
    return res
hold=json.load(open('new-holdout.geojson'))['features']
hp=[(*region_px(*f['geometry']['coordinates']), names[f['properties']['class']]) for f in hold]
used=set()
for fn in ['S/points/2023-base.geojson','S/points/2023-new.geojson']:
    for f in json.load(open(fn))['features']: used.add(region_px(*f['geometry']['coordinates']))
rng=np.random.default_rng(11); stable=[]
for k in range(1,10):
    cand=np.argwhere((truth23==k)&(truth22==k)); rng.shuffle(cand); got=0
    for r,c in cand:
        if 2<=r<1018 and 2<=c<1018 and (truth23[r-1:r+2,c-1:c+2]==k).all() and all((r+dr,c+dc) not in used for dr in range(-6,7,3) for dc in range(-6,7,3)):
            stable.append((r,c,k)); got+=1
            if got==40: break
chg=[p for p in hp if truth22[p[0],p[1]]!=truth23[p[0],p[1]]]; stb=[p for p in hp if truth22[p[0],p[1]]==truth23[p[0],p[1]]]
print('new-batch holdout:', acc(hp)); print('  on changed ground:', acc(chg)); print('  on stable ground:', acc(stb))
print('frozen stable holdout (40/class):', acc(stable))
print('SAME holdout (new-batch holdout + frozen stable):', acc(hp+stable))
