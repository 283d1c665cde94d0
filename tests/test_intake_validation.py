"""The per-row report: every problem the issue lists, with the cell it is in and a suggestion.
Expectations are written by hand from the form below (row numbers are the spreadsheet's)."""

import duckdb
import pytest

from danvan.intake import bench, validate

HEADER = "Địa phương,Thuộc tỉnh/thành phố,Tổ chức,Chỉ tiêu,Phân tổ,Loại kỳ,Kỳ,Giá trị,Đơn vị tính,Ghi chú"


def check(db, *rows, name="f.csv"):
    text = "\n".join([HEADER, *rows]) + "\n"
    with duckdb.connect(str(db), read_only=True) as con:
        return validate.check(con, text.encode(), name)


def only_error(report):
    assert len(report.errors) == 1, report.errors.to_dict("records")
    return report.errors.iloc[0]


def test_valid_rows_resolve_names_codes_aliases_and_numbers(small_db):
    r = check(
        small_db,
        "TT Huế,,Hội Phụ nữ,Hội viên,,Quý,I/2024,180.455,,",  # row 2
        "Thua Thien Hue,,hoi_nd,loan_balance,,,6 tháng đầu năm 2024,259 tỷ,,",  # row 3
        'tỉnh Lai Châu,,CCB,Dư nợ,,,Năm 2020,"149.452",triệu đồng,',  # row 4
        "Vĩnh Thạnh,Cần Thơ,Nông dân,Tổ TK&VV,,,31/12/2017,hơn 13.200,,",  # row 5
        "79,,MTTQ,Dân vận khéo,Kinh tế,,2024-Q2,12,,",  # row 6
        'Hà Nội,,Hội LHPN,Tỷ lệ nợ quá hạn,,,2024,"0,15%",,',  # row 7
    )
    assert r.errors.empty, r.errors.to_dict("records")
    got = r.records[
        ["row", "locality_id", "organization", "indicator", "breakdown", "period_id", "value", "approx"]
    ]
    assert got.values.tolist() == [
        [2, "L46", "hoi_lhpn", "members", "", "2024-Q1", 180455.0, ""],
        [3, "L46", "hoi_nd", "loan_balance", "", "2024-H1", 259e9, ""],
        [4, "L12", "hoi_ccb", "loan_balance", "", "2020", 149_452e6, ""],
        [5, "L924", "hoi_nd", "savings_groups", "", "2017-12-31", 13200.0, "hơn"],
        [6, "L79", "mttq", "dvk_models", "field:kinh_te", "2024-Q2", 12.0, ""],
        [7, "L01", "hoi_lhpn", "overdue_ratio", "", "2024", 0.15, ""],
    ]


def test_unknown_names_come_with_suggestions(small_db):
    e = only_error(check(small_db, "Lai Chua,,Hội LHPN,Hội viên,,,2020,5,,"))
    assert (e["row"], e["column"], e["value"]) == (2, "Địa phương", "Lai Chua")
    assert "Không tìm thấy địa phương «Lai Chua»" in e["message"]
    assert "Lai Châu" in e["suggestion"]
    e = only_error(check(small_db, "Lai Châu,,Hội LHPNN,Hội viên,,,2020,5,,"))
    assert e["column"] == "Tổ chức" and "(hoi_lhpn)" in e["suggestion"]
    e = only_error(check(small_db, "Lai Châu,,Hội LHPN,Số cán bộ,,,2020,5,,"))
    assert e["column"] == "Chỉ tiêu" and "Không nhận ra chỉ tiêu" in e["message"]


def test_legacy_district_after_the_reform(small_db):
    e = only_error(check(small_db, "Quận 1,TP. Hồ Chí Minh,Hội LHPN,Hội viên,,,Quý III/2025,5,,"))
    assert "30/06/2025" in e["message"] and "Quý III/2025" in e["message"]
    assert "Thành phố Hồ Chí Minh" in e["suggestion"]
    # The same district before the reform is fine.
    assert check(small_db, "Quận 1,TP. Hồ Chí Minh,Hội LHPN,Hội viên,,,Quý II/2025,5,,").errors.empty


@pytest.mark.parametrize(
    ("value", "indicator", "message"),
    [
        ("-5", "Hội viên", "Giá trị âm"),
        ("abc", "Hội viên", "không phải là số"),
        ("=1+2", "Hội viên", "công thức"),
        ("@SUM(A1)", "Hội viên", "công thức"),
        ("120", "Tỷ lệ nợ quá hạn", "0–100%"),
        ("5%", "Hội viên", "không phải tỷ lệ"),
        ("5 tỷ đồng", "Hội viên", "không tính bằng tiền"),
        ("14,917", "Hội viên", "số nguyên"),
        ("", "Hội viên", "Thiếu giá trị"),
    ],
)
def test_value_problems(small_db, value, indicator, message):
    e = only_error(check(small_db, f'Lai Châu,,Hội LHPN,{indicator},,,2020,"{value}",,'))
    assert e["column"] == "Giá trị" and e["value"] == value and message in e["message"]


def test_comma_thousands_gets_a_suggestion(small_db):
    e = only_error(check(small_db, 'Lai Châu,,Hội LHPN,Hội viên,,,2020,"14,917",,'))
    assert "14917" in e["suggestion"]


def test_periods(small_db):
    e = only_error(check(small_db, "Lai Châu,,Hội LHPN,Hội viên,,Quý,5/2020,5,,"))
    assert e["column"] == "Kỳ"
    e = only_error(check(small_db, "Lai Châu,,Hội LHPN,Hội viên,,,1/2020,5,,"))
    assert "Loại kỳ" in e["message"]
    e = only_error(check(small_db, "Lai Châu,,Hội LHPN,Hội viên,,Tuần,1/2020,5,,"))
    assert e["column"] == "Loại kỳ"
    e = only_error(check(small_db, "Lai Châu,,Hội LHPN,Hội viên,,Năm,Quý I/2020,5,,"))
    assert "không khớp" in e["message"]


def test_duplicates_and_conflicts(small_db):
    r = check(
        small_db,
        "Lai Châu,,Hội LHPN,Hội viên,,,2020,5,,",  # row 2
        "Lai Chau,,hoi_lhpn,members,,,2020,5,,",  # row 3: the same figure again
        "Lai Châu,,Hội LHPN,Hội viên,,,2021,5,,",  # row 4
        "Lai Châu,,Hội LHPN,Hội viên,,,2021,6,,",  # row 5: conflicts with row 4
    )
    errors = r.errors[["row", "message"]].values.tolist()
    assert [row for row, _ in errors] == [3, 4, 5]
    assert "trùng với dòng f.csv:2" in errors[0][1]
    assert "mâu thuẫn" in errors[1][1] and "f.csv:4, f.csv:5" in errors[1][1]
    assert r.records["valid"].tolist() == [True, False, False, False]
    assert r.accepted(skip_invalid=True) == 1 and r.accepted() == 0


def test_far_from_history_is_a_warning_only(small_db):
    # Lai Châu's mass associations: 180.455 members in 2020 (the seed). 100 times more is suspicious.
    r = check(small_db, "Lai Châu,,Hội quần chúng,Hội viên,,,2021,18.045.500,,")
    assert r.errors.empty
    w = r.warnings.iloc[0]
    assert w["row"] == 2 and "180.455" in w["message"]
    assert check(small_db, "Lai Châu,,Hội quần chúng,Hội viên,,,2021,181.000,,").warnings.empty


def test_one_million_rows(small_db):
    with duckdb.connect(str(small_db), read_only=True) as con:
        data = bench.csv_bytes(bench.form(con, 1_000_000))
        report = validate.check(con, data, "big.csv")
    assert report.rows == 1_000_000
    assert report.errors.empty
    assert report.accepted() == 1_000_000


def test_tone_mark_placement_and_decomposed_accents_do_not_matter(small_db):
    import unicodedata

    r = check(
        small_db,
        "Khánh Hoà,,Hội LHPN,Hội viên,,,2024,5,,",  # tone on a (old placement)
        "Khánh Hòa,,Hội LHPN,Hội viên,,,2023,5,,",  # tone on o (new placement)
        unicodedata.normalize("NFD", "Khánh Hòa,,Hội LHPN,Hội viên,,,2022,5,,"),
    )
    assert r.errors.empty
    assert r.records["locality_id"].tolist() == ["L56", "L56", "L56"]


def test_aliases_are_unambiguous(small_con):
    """Every alias in data/reference/aliases.csv names one code, and no other code's own name."""
    import pandas as pd

    from danvan.intake.resolve import ALIASES
    from danvan.text import ascii_key

    aliases = pd.read_csv(ALIASES, dtype=str, keep_default_na=False)
    for kind in ("organization", "indicator"):
        own = {}
        rows = small_con.execute("select code, name, short_name from query_table($t)", {"t": kind}).fetchall()
        for code, name, short in rows:
            for text in (code, name, short):
                own.setdefault(ascii_key(text), set()).add(code)
        listed = aliases[aliases["kind"] == kind]
        assert set(listed["code"]) <= {c for codes in own.values() for c in codes}
        by_key = {}
        for row in listed.itertuples():
            by_key.setdefault(ascii_key(row.alias), set()).add(row.code)
        for key, codes in by_key.items():
            assert len(codes | own.get(key, codes)) == 1, (kind, key, codes, own.get(key))


def test_a_figure_belongs_to_the_unit_existing_at_its_periods_end(small_db):
    r = check(
        small_db,
        "Hà Nội,,Hội LHPN,Hội viên,,,Năm 2025,5,,",  # reported by today's Hà Nội for the whole year
        "Hà Nội,,Hội LHPN,Hội viên,,,6 tháng đầu năm 2025,5,,",  # the first half: the Hà Nội of then
        "Quận 1,TP. Hồ Chí Minh,Hội LHPN,Hội viên,,,Năm 2025,5,,",  # a legacy district cannot
    )
    assert r.records["locality_id"].tolist()[:2] == ["01", "L01"]
    assert r.errors["row"].tolist() == [4]


def test_names_written_differently_resolve_alike_and_errors_keep_their_rows(small_db):
    # Names are cleaned and resolved once per distinct value; every row still gets its own answer.
    import unicodedata

    r = check(
        small_db,
        "Lai Châu,,Hội LHPN,Hội viên,,,2020,5,,",  # row 2
        "LAI CHÂU,,hoi_lhpn,members,,,2021,5,,",  # row 3
        "Lai Chua,,Hội LHPN,Hội viên,,,2020,5,,",  # row 4: unknown
        "  lai   châu ,,Hội LHPN,Hội viên,,,2022,5,,",  # row 5
        unicodedata.normalize("NFD", "Lai Châu,,Hội LHPN,Hội viên,,,2023,5,,"),  # row 6
        "Lai Chua,,Hội LHPN,Hội viên,,,2021,5,,",  # row 7: the same unknown name again
        "Tỉnh Lai Châu,,Hội LHPN,Hội viên,,,2024,5,,",  # row 8
    )
    assert r.records["locality_id"].tolist() == ["L12", "L12", None, "L12", "L12", None, "L12"]
    assert r.records["locality"].tolist()[3] == "lai châu"  # spaces collapsed
    assert r.errors[["row", "column", "value"]].values.tolist() == [
        [4, "Địa phương", "Lai Chua"],
        [7, "Địa phương", "Lai Chua"],
    ]
    assert r.records["valid"].tolist() == [True, True, False, True, True, False, True]


def test_values_in_every_shape_read_as_one_by_one(small_db):
    # Plain digits are read in one vectorised pass, the rest value by value: both the same way.
    r = check(
        small_db,
        'Lai Châu,,Hội LHPN,Hội viên,,,2015," 12345 ",,',  # row 2
        "Lai Châu,,Hội LHPN,Hội viên,,,2016,1.234.567,,",  # row 3
        "Lai Châu,,Hội LHPN,Hội viên,,,2017,00012,,",  # row 4
        "Lai Châu,,Hội LHPN,Hội viên,,,2018,1.000.000.000.000.000,,",  # row 5: 16 digits
        'Lai Châu,,Hội LHPN,Hội viên,,,2019,"12  345",,',  # row 6: space-grouped
        "Lai Châu,,Hội LHPN,Hội viên,,,2020,١٢٣,,",  # row 7: Arabic-Indic digits
        "Lai Châu,,Hội LHPN,Hội viên,,,2021,12.5,,",  # row 8: 12,5 members
    )
    assert r.records["value"].tolist()[:6] == [12345.0, 1234567.0, 12.0, 1e15, 12345.0, 123.0]
    assert r.records["value_text"].tolist() == [
        "12345",
        "1.234.567",
        "00012",
        "1.000.000.000.000.000",
        "12 345",
        "١٢٣",
        "12.5",
    ]
    assert r.errors[["row", "value"]].values.tolist() == [[8, "12.5"]]
    assert "số nguyên" in r.errors.iloc[0]["message"]


def test_a_leading_zero_before_one_dot_is_a_decimal_not_thousands(small_db):
    # "1.234" is 1 234 members, but "0.123" is never written for 123: it is 0.123, which a member
    # count cannot be. Every path reads it so (it was read as 123 in one pass, silently).
    r = check(
        small_db,
        "Lai Châu,,Hội LHPN,Hội viên,,,2021,1.234,,",  # row 2
        "Lai Châu,,Hội LHPN,Hội viên,,,2022,0.123,,",  # row 3
    )
    assert r.records["value"].tolist() == [1234.0, 0.123]
    assert r.errors[["row", "value"]].values.tolist() == [[3, "0.123"]]
    assert "số nguyên" in r.errors.iloc[0]["message"]


def test_a_name_is_resolved_once_for_all_periods_between_two_boundary_days(small_con):
    from danvan.intake.resolve import LocalityResolver, parse_period

    resolver = LocalityResolver(small_con)
    calls = []
    real = resolver.index.resolve
    resolver.index.resolve = lambda *a, **k: calls.append(a[0]) or real(*a, **k)
    after = [resolver.locality("Hà Nội", parse_period(p)).code for p in ("2025-Q3", "2025-Q4", "2026-Q1")]
    before = resolver.locality("Hà Nội", parse_period("2025-Q2")).code
    assert after == ["01", "01", "01"] and before == "L01"
    assert calls == ["Hà Nội", "Hà Nội"]  # once after the reform (30/06/2025), once before
