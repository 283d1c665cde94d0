"""The form offices fill in: an XLSX with an instructions sheet and drop-down lists, and the same
columns as CSV. Column names, list entries and instructions come from labels and the registry, so
the template always matches what the import accepts (a test imports a filled-in template).
"""

from __future__ import annotations

import io

import duckdb
import xlsxwriter

from danvan import labels

DATA_SHEET = labels.IMP_TEMPLATE_SHEET_DATA
HELP_SHEET = labels.IMP_TEMPLATE_SHEET_HELP
LISTS_SHEET = labels.IMP_TEMPLATE_SHEET_LISTS
COLUMNS = labels.IMP_TEMPLATE_COLUMNS  # (header, width, explanation)
ROWS_WITH_LISTS = 5000  # drop-down lists apply to this many data rows


def _lists(con: duckdb.DuckDBPyConnection) -> dict[str, list[tuple[str, str]]]:
    return {
        "organization": con.execute("select short_name, name from organization order by sort").fetchall(),
        "indicator": con.execute("select short_name, name from indicator order by sort").fetchall(),
        "breakdown": con.execute("select name, dimension from breakdown order by sort").fetchall(),
        "period_type": [(v, "") for v in labels.IMP_PERIOD_TYPES.values()],
    }


def xlsx(con: duckdb.DuckDBPyConnection) -> bytes:
    """The XLSX template: sheet «Số liệu» (header only), «Hướng dẫn», «Danh mục»."""
    out = io.BytesIO()
    book = xlsxwriter.Workbook(out, {"in_memory": True})
    bold = book.add_format({"bold": True, "bg_color": "#DDEBF7", "border": 1, "text_wrap": True})
    wrap = book.add_format({"text_wrap": True, "valign": "top"})
    data = book.add_worksheet(DATA_SHEET)
    lists = _lists(con)
    for j, (header, width, _) in enumerate(COLUMNS):
        data.write(0, j, header, bold)
        data.set_column(j, j, width)
    data.freeze_panes(1, 0)
    data.set_column("G:G", 14, book.add_format({"num_format": "@"}))  # periods as text, never as dates

    help_ = book.add_worksheet(HELP_SHEET)
    help_.set_column(0, 0, 24)
    help_.set_column(1, 1, 100)
    help_.write(0, 0, labels.IMP_TEMPLATE_TITLE, bold)
    row = 2
    for paragraph in labels.IMP_TEMPLATE_HELP:
        help_.write(row, 0, "", wrap)
        help_.write(row, 1, paragraph, wrap)
        row += 1
    row += 1
    help_.write(row, 0, labels.IMP_TEMPLATE_COLUMNS_TITLE, bold)
    help_.write(row, 1, "", bold)
    for header, _, explanation in COLUMNS:
        row += 1
        help_.write(row, 0, header, wrap)
        help_.write(row, 1, explanation, wrap)
    row += 2
    help_.write(row, 0, labels.IMP_TEMPLATE_EXAMPLE_TITLE, bold)
    for example in labels.IMP_TEMPLATE_EXAMPLES:
        row += 1
        help_.write_row(row, 1, [" | ".join(example)], wrap)

    sheet = book.add_worksheet(LISTS_SHEET)
    column_of = {"organization": 2, "indicator": 3, "breakdown": 4, "period_type": 5}
    for k, (kind, entries) in enumerate(lists.items()):
        sheet.write(0, 2 * k, labels.IMP_TEMPLATE_LIST_TITLES[kind], bold)
        sheet.set_column(2 * k, 2 * k, 30)
        sheet.set_column(2 * k + 1, 2 * k + 1, 40)
        for i, (value, note) in enumerate(entries, start=1):
            sheet.write(i, 2 * k, value)
            if note:
                sheet.write(i, 2 * k + 1, note)
        col = xlsxwriter.utility.xl_col_to_name(2 * k)
        source = f"='{LISTS_SHEET}'!${col}$2:${col}${len(entries) + 1}"
        data.data_validation(
            1,
            column_of[kind],
            ROWS_WITH_LISTS,
            column_of[kind],
            {
                "validate": "list",
                "source": source,
                # A warning, not a stop: codes and other spellings are accepted by the import too.
                "error_type": "warning",
                "error_title": labels.IMP_TEMPLATE_LIST_ERROR_TITLE,
                "error_message": labels.IMP_TEMPLATE_LIST_ERROR,
            },
        )
    data.activate()
    book.close()
    return out.getvalue()


def csv(con: duckdb.DuckDBPyConnection | None = None) -> bytes:
    """The CSV template: the header line, UTF-8 with a BOM so Excel opens the accents right."""
    return ("\ufeff" + ",".join(h for h, _, _ in COLUMNS) + "\r\n").encode("utf-8")
