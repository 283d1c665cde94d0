"""`build`: (re)build the warehouse from data/ and the reference packages."""

from __future__ import annotations

import argparse

from danvan import labels, warehouse


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("build", help=labels.CLI_HELP["build"], description="Dựng kho dữ liệu từ data/.")
    p.add_argument(
        "--demo-scale",
        choices=("none", "small", "default", "national"),
        default="default",
        help="dữ liệu minh họa: none = chỉ số liệu có nguồn; small = 4 tỉnh từ 2022 (kiểm thử); "
        "default = toàn quốc cấp huyện/xã; national = toàn quốc cấp xã (đo hiệu năng)",
    )
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    summary = warehouse.build(args.db, args.demo_scale)
    print(labels.MSG_BUILT.format(**summary))
    return 0
