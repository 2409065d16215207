#!/usr/bin/python3
"""scikit-learn side of the inference/training benchmark (run with Debian's /usr/bin/python3).

Reads the synthetic data the Java harness wrote (float32/int32 little-endian), trains a
RandomForestClassifier with the same hyperparameters as the Smile forest (100 trees, gini,
sqrt(features) per split, unlimited depth, min_samples_leaf=1, bootstrap) and times predict_proba on
one thread and on all cores. Prints one JSON object.
"""
import json, os, sys, time
import numpy as np
import sklearn
from sklearn.ensemble import RandomForestClassifier

d = sys.argv[1]
p = int(sys.argv[2])
x = np.fromfile(os.path.join(d, "train-x.f32"), dtype="<f4").reshape(-1, p)
y = np.fromfile(os.path.join(d, "train-y.i32"), dtype="<i4")
q = np.fromfile(os.path.join(d, "infer-x.f32"), dtype="<f4").reshape(-1, p)
cores = os.cpu_count()

rf = RandomForestClassifier(n_estimators=100, criterion="gini", max_features="sqrt", max_depth=None,
                            min_samples_leaf=1, bootstrap=True, n_jobs=cores, random_state=1)
t = time.perf_counter(); rf.fit(x, y); fit = time.perf_counter() - t

def best(jobs, reps=2):
    rf.set_params(n_jobs=jobs)
    times, cpu = [], []
    for _ in range(reps):
        t = time.perf_counter(); c = time.process_time()
        rf.predict_proba(q)
        times.append(time.perf_counter() - t); cpu.append(time.process_time() - c)
    return min(times), min(cpu)

one, one_cpu = best(1)
allc, _ = best(cores)
nodes = sum(e.tree_.node_count for e in rf.estimators_)
print(json.dumps({"version": sklearn.__version__, "fitSeconds": fit, "cores": cores, "rows": int(q.shape[0]),
                  "predictProbaOneThreadSeconds": one,
                  "predictProbaOneThreadCpuSeconds": one_cpu, "predictProbaAllCoresSeconds": allc, "nodes": int(nodes)}))
