"""`bench`: measure the dashboard at a demo scale (see danvan/bench/__init__.py)."""

from __future__ import annotations

import argparse

from danvan import labels
from danvan.bench import run as bench_run


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "bench",
        help=labels.CLI_HELP["bench"],
        description="Dựng (hoặc dùng lại) kho dữ liệu minh họa ở quy mô đã chọn trong build/bench/ và đo "
        "hiệu năng; in một bảng ngắn và ghi JSON.",
    )
    p.add_argument(
        "--scale", choices=("default", "national"), default="default", help="quy mô dữ liệu minh họa"
    )
    p.add_argument("--json", metavar="FILE", help="ghi kết quả dạng JSON vào tệp này")
    p.add_argument("--rebuild", action="store_true", help="dựng lại kho dữ liệu đo dù đã có")
    p.add_argument(
        "--only",
        default="queries,pages,browser,import,load",
        help="chỉ đo các phần này (phân tách bằng dấu phẩy): queries, pages, browser, import, load",
    )
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    parts = {s.strip() for s in args.only.split(",") if s.strip()}
    unknown = parts - set(bench_run.PARTS)
    if unknown:
        raise ValueError(f"--only: {', '.join(sorted(unknown))}")
    result = bench_run.run(args.scale, parts=parts, rebuild=args.rebuild, json_path=args.json)
    print(bench_run.table(result))
    return 0
