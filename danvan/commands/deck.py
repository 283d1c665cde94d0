"""`deck`: a page exported as a PowerPoint deck or a PDF report, for scheduled reports."""

from __future__ import annotations

import argparse
from pathlib import Path

from danvan import labels, periods, queries, report, warehouse
from danvan.cli import UserError, resolve_locality
from danvan.deck import export
from danvan.images import ImageError


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "deck",
        help=labels.CLI_HELP["deck"],
        description="Xuất một trang của bảng chỉ số (theo đường dẫn: overview, members, models, loans, "
        "localities) thành bản trình chiếu .pptx hoặc báo cáo .pdf, kèm bộ lọc đã dùng.",
    )
    p.add_argument(
        "page", choices=report.PAGES, metavar="PAGE", help="overview | members | models | loans | localities"
    )
    p.add_argument("--out", required=True, help="tệp kết quả, đuôi .pptx hoặc .pdf")
    p.add_argument(
        "--period",
        metavar="P",
        help="kỳ cuối của biểu đồ (2024-Q4, 2024-H1, 2024-9M, 2024) hoặc khoảng (2021/2024, 2023-Q1/2024-Q4); "
        "mặc định: 12 quý đến quý mới nhất có số liệu",
    )
    p.add_argument("--locality", metavar="NAME", help="tỉnh, xã hoặc huyện cũ (mặc định: toàn quốc)")
    p.add_argument(
        "--organization", metavar="CODE", action="append", help="mã tổ chức; lặp lại để chọn nhiều"
    )
    p.add_argument("--boundary", choices=queries.MODES, default="current")
    p.add_argument("--scope", choices=queries.SCOPES, default="all")
    p.set_defaults(run=run)


def _buckets(text: str | None, horizon) -> tuple[str, ...]:
    if not text:
        return report.default_buckets("quarter", periods.bucket_of("quarter", horizon))
    p = periods.parse(text)
    if p.kind in periods.BUCKET_KINDS:
        return report.default_buckets(p.kind, p.id)
    if p.kind == "range":
        first, last = (periods.parse(x) for x in p.id.split("/"))
        if first.kind == last.kind and first.kind in periods.BUCKET_KINDS:
            span = report.default_buckets(first.kind, last.id, count=10_000)
            return tuple(b for b in span if periods.parse(b).start >= first.start)
    raise UserError(labels.ERR_DECK_PERIOD.format(value=text))


def run(args: argparse.Namespace) -> int:
    out = Path(args.out)
    fmt = out.suffix.lower().lstrip(".")
    if fmt not in ("pptx", "pdf"):
        raise UserError(labels.ERR_DECK_FORMAT.format(value=args.out))
    with warehouse.reading(args.db) as con:
        reg = queries.registry(con)
        orgs = tuple(args.organization or ())
        unknown = [o for o in orgs if o not in reg["organization"].index]
        if unknown:
            valid = ", ".join(reg["organization"].index)
            raise UserError(labels.ERR_UNKNOWN_ORGANIZATION.format(value=unknown[0], valid=valid))
        horizon = queries.horizon(con, args.scope) or queries.horizon(con, "all")
        if horizon is None:
            raise UserError(labels.ERR_EMPTY_WAREHOUSE)
        buckets = _buckets(args.period, horizon)
        mode, area_id, area_name = args.boundary, "VN", labels.NATIONAL
        if args.locality:
            unit = resolve_locality(con, args.locality)
            area_id, area_name = unit.locality_id, unit.name
            if unit.era == "legacy":
                mode = "as_reported"  # a legacy unit exists only as reported
        first, last = periods.parse(buckets[0]), periods.parse(buckets[-1])
        f = queries.Filters(
            bucket_kind=first.kind,
            date_from=first.end,
            date_to=last.end,
            area_id=area_id,
            organizations=orgs,
            mode=mode,
            scope=args.scope,
            horizon=horizon,
        )
        names = tuple(reg["organization"].loc[o, "short_name"] for o in orgs)
        view = report.View(f, buckets, "yoy", area_name, names)
        page = report.build(con, args.page, view)
    try:
        data = export(page, fmt)
    except ImageError as exc:
        raise UserError(str(exc)) from exc
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(data)
    print(labels.MSG_DECK.format(path=out, charts=len(page.charts)))
    return 0
