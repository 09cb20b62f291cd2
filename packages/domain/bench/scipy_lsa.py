"""SciPy baseline: python3 scipy_lsa.py MATRIX ROWS COLS [CAPACITY] [RUNS]

MATRIX is raw little-endian float64, row-major ROWS x COLS (fit, maximised). CAPACITY, if given and not "-",
is raw little-endian int32 per column: each column is repeated that many times before solving.
Prints one JSON line: {"total": ..., "times_ms": [...]} where the times cover linear_sum_assignment only.
"""
import json
import sys
import time

import numpy as np
from scipy.optimize import linear_sum_assignment


def main() -> None:
    path, rows, cols = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    capacity_path = sys.argv[4] if len(sys.argv) > 4 else "-"
    runs = int(sys.argv[5]) if len(sys.argv) > 5 else 3
    fit = np.fromfile(path, dtype="<f8").reshape(rows, cols)
    if capacity_path != "-":
        capacity = np.fromfile(capacity_path, dtype="<i4")
        fit = np.repeat(fit, capacity, axis=1)
    times_ms = []
    total = None
    for _ in range(runs):
        start = time.perf_counter()
        row_ind, col_ind = linear_sum_assignment(fit, maximize=True)
        times_ms.append((time.perf_counter() - start) * 1000)
        total = float(fit[row_ind, col_ind].sum())
    print(json.dumps({"total": total, "times_ms": times_ms}))


if __name__ == "__main__":
    main()
