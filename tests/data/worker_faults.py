"""A child for danvan.intake.worker.run_isolated that fails the way hostile files make a reader
fail: job["fault"] is abort, segfault, memory, sleep, raise or none (answers the payload's size)."""

import ctypes
import os
import time

from danvan.intake.worker import child_main


def answer(job: dict, payload: bytes, step):
    step(0.5, "nửa chừng")
    fault = job["fault"]
    if fault == "abort":
        os.abort()  # what a Rust panic across the boundary or a failed allocation ends in
    if fault == "segfault":
        ctypes.string_at(0)
    if fault == "memory":
        hog = []
        while True:
            hog.append(bytearray(50 * 1024 * 1024))  # touched: resident, not only reserved
            hog[-1][::4096] = b"x" * len(hog[-1][::4096])
    if fault == "sleep":
        time.sleep(60)
    if fault == "raise":
        raise RuntimeError("internal detail that must not reach the screen")
    return len(payload)


if __name__ == "__main__":
    raise SystemExit(child_main(answer))
