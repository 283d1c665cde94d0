"""`extract FILE... [--published YYYY-MM-DD] [--locality NAME] [--format jsonl|csv]`: figures in prose.

One JSON object per candidate figure, with the keys file, indicator, value, approx, organization,
locality, locality_code, period, cumulative, breakdown, sentence, start, end, confidence (start and
end: the sentence's character span in the file's text after NFC normalization). Nothing is written
to the warehouse: accepting figures is the page «Trích xuất báo cáo»'s job.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from datetime import date
from pathlib import Path

import duckdb

from danvan import labels, units, warehouse
from danvan.cli import UserError
from danvan.extract import extract
from danvan.extract.documents import DocumentError, read_path
from danvan.localities import LocalityIndex

KEYS = (
    "file",
    "indicator",
    "value",
    "approx",
    "organization",
    "locality",
    "locality_code",
    "period",
    "cumulative",
    "breakdown",
    "sentence",
    "start",
    "end",
    "confidence",
)


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("extract", help=labels.CLI_HELP["extract"], description=labels.EXT_CLI_DESCRIPTION)
    p.add_argument("files", nargs="+", metavar="FILE", help=labels.EXT_CLI_FILES_HELP)
    p.add_argument("--published", metavar="YYYY-MM-DD", help=labels.EXT_CLI_PUBLISHED_HELP)
    p.add_argument("--locality", metavar="NAME", help=labels.EXT_CLI_LOCALITY_HELP)
    p.add_argument("--format", choices=("jsonl", "csv"), default="jsonl", help=labels.EXT_CLI_FORMAT_HELP)
    p.add_argument(
        "--min-confidence", type=float, default=0.0, metavar="X", help=labels.EXT_CLI_MIN_CONFIDENCE_HELP
    )
    p.set_defaults(run=run)


def locality_index(db: str) -> LocalityIndex:
    """The warehouse's units; without a warehouse, the same units read from the installed packages."""
    path = Path(db)
    if path.exists():
        with warehouse.reading(path) as con:
            return LocalityIndex(con)
    print(labels.EXT_WARN_NO_WAREHOUSE.format(path=path), file=sys.stderr)
    locality, _, alias = units.load()
    con = duckdb.connect()
    con.execute(warehouse.SCHEMA.read_text(encoding="utf-8"))
    warehouse.load_frame(con, "locality", locality)
    warehouse.load_frame(con, "locality_alias", alias)
    index = LocalityIndex(con)
    con.close()
    return index


def run(args: argparse.Namespace) -> int:
    try:
        published = date.fromisoformat(args.published) if args.published else None
    except ValueError as exc:
        raise UserError(labels.ERR_DATE.format(value=args.published)) from exc
    texts = []
    for name in args.files:
        try:
            texts.append((name, read_path(name)))
        except DocumentError as exc:
            raise UserError(str(exc)) from exc
    index = locality_index(args.db)
    if args.locality:
        res = index.resolve(args.locality)
        if not res.ok and not res.candidates:
            raise UserError(res.message)
    out = sys.stdout
    writer = csv.DictWriter(out, fieldnames=KEYS, lineterminator="\n") if args.format == "csv" else None
    if writer:
        writer.writeheader()
    for name, text in texts:
        result = extract(text, index, published=published, locality=args.locality)
        for candidate in result.candidates:
            if candidate.confidence < args.min_confidence:
                continue
            record = candidate.record(file=name)
            if writer:
                writer.writerow(record)
            else:
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return 0
