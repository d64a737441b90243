#!/usr/bin/env python3
"""Times Python's feedparser on documents held in memory, the way ParseBench times Tidings.

    feedparser-bench.py [--min-seconds S] [--min-reps N] [--max-reps N] FILE...

Prints one JSON object with the same keys as ParseBench: only the `feedparser.parse(bytes)` call is
inside the clock; each document is repeated and its median kept.
"""
import argparse
import json
import statistics
import time

import feedparser


def parse(data, path, failures):
    """Entries found; feedparser raises on a few hostile fixtures (a lone surrogate reference), and
    then the time until it gave up is what counts."""
    try:
        return len(feedparser.parse(data).entries)
    except Exception as error:  # noqa: BLE001 - any failure is recorded, not fatal
        failures.append(f"{path}: {type(error).__name__}: {error}")
        return 0


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--min-seconds", type=float, default=0.3)
    parser.add_argument("--min-reps", type=int, default=3)
    parser.add_argument("--max-reps", type=int, default=2000)
    parser.add_argument("files", nargs="+")
    options = parser.parse_args()

    documents = []
    for path in options.files:
        with open(path, "rb") as file:
            documents.append((path, file.read()))

    rows, total_seconds, total_bytes, checksum, failures = [], 0.0, 0, 0, []
    for path, data in documents:
        checksum += parse(data, path, failures)  # warm-up
        samples, spent = [], 0.0
        while len(samples) < options.max_reps and (len(samples) < options.min_reps or spent < options.min_seconds):
            start = time.perf_counter()
            checksum += parse(data, path, [])
            seconds = time.perf_counter() - start
            samples.append(seconds)
            spent += seconds
        median = statistics.median(samples)
        total_seconds += median
        total_bytes += len(data)
        rows.append({"path": path, "bytes": len(data), "reps": len(samples), "median_us": median * 1e6})
    print(json.dumps({
        "documents": len(documents), "bytes": total_bytes, "seconds": total_seconds,
        "mb_per_s": total_bytes / total_seconds / 1e6,
        "us_per_doc": total_seconds / max(len(documents), 1) * 1e6,
        "checksum": checksum, "failures": failures, "feedparser_version": feedparser.__version__, "per_document": rows,
    }, sort_keys=True))


if __name__ == "__main__":
    main()
