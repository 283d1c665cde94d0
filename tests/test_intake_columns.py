"""Columns worked on once per distinct value (Coded) or in one vectorised pass (value_cells): the
results must be what working cell by cell gives. Expectations are written out by hand."""

import math

import numpy as np
import pandas as pd

from danvan.intake.columns import Coded, blank_cells, cell_text, groups, value_cells


def obj(*values):
    return np.array(values, dtype=object)


def test_coded_after_taking_rows_numbers_values_by_first_appearance():
    column = Coded.of(obj("b", "a", "b", "c", "a"))
    assert column.uniques.tolist() == ["b", "a", "c"] and column.codes.tolist() == [0, 1, 0, 2, 1]
    kept = column.take(np.array([1, 3, 4])).canonical()  # rows "a", "c", "a": "b" is gone
    assert kept.uniques.tolist() == ["a", "c"] and kept.codes.tolist() == [0, 1, 0]
    codes, uniques = pd.factorize(obj("a", "c", "a"))
    assert kept.codes.tolist() == codes.tolist() and kept.uniques.tolist() == uniques.tolist()


def test_remap_merges_values_that_clean_to_the_same_text():
    column = Coded.of(obj("Hà  Nội", "x", "Hà Nội", "Hà  Nội"))
    cleaned = column.remap(np.array([cell_text(u) for u in column.uniques], dtype=object))
    assert cleaned.uniques.tolist() == ["Hà Nội", "x"]
    assert cleaned.codes.tolist() == [0, 1, 0, 0]
    assert cleaned.values().tolist() == ["Hà Nội", "x", "Hà Nội", "Hà Nội"]


def test_canonical_keeps_none_as_none():
    merged = Coded(np.array([0, 1, 2, 1]), obj(None, "01", None)).canonical()
    assert merged.values().tolist() == [None, "01", None, "01"]
    assert merged.uniques.tolist() == [None, "01"]


def test_concat_renumbers_over_all_parts():
    both = Coded.concat([Coded.of(obj("x", "y")), Coded.of(obj("y", "z", "x"))])
    assert both.uniques.tolist() == ["x", "y", "z"]
    assert both.codes.tolist() == [0, 1, 1, 2, 0]


def test_groups_numbered_in_the_order_of_their_codes():
    a = Coded.of(obj("p", "q", "p", "q", "p"))  # codes 0 1 0 1 0
    b = Coded.of(obj("u", "u", "v", "u", "u"))  # codes 0 0 1 0 0
    # Combinations (a, b): (0,0) rows 0 and 4, (0,1) row 2, (1,0) rows 1 and 3.
    combos, group = groups(a, b)
    assert [c.tolist() for c in combos] == [[0, 0, 1], [0, 1, 0]]
    assert group.tolist() == [0, 2, 1, 2, 0]


def test_groups_of_many_combinations_are_numbered_alike():
    # Keys too many to mark (hashed) or too big for one integer (sorted): the same numbering.
    from danvan.intake.columns import _sorted_groups

    rng = np.random.default_rng(3)
    cols = [Coded.of(rng.integers(0, 5000, 300).astype(str).astype(object)) for _ in range(3)]
    combos, group = groups(*cols)
    want = np.unique(np.stack([c.codes for c in cols], axis=1), axis=0, return_inverse=True)
    assert np.array_equal(np.stack(combos, axis=1), want[0])
    assert group.tolist() == want[1].reshape(-1).tolist()
    combos, group = _sorted_groups([c.codes for c in cols])
    assert np.array_equal(np.stack(combos, axis=1), want[0])
    assert group.tolist() == want[1].reshape(-1).tolist()


def test_value_cells_read_plain_digits_at_once_and_leave_the_rest():
    cells = value_cells(
        obj("12345", " 7 ", "1.234", "00012", "1.000.000.000.000.000", "", "  ", None, "abc", "1,5", "١٢٣")
    )
    assert cells.text.tolist() == [
        "12345",
        "7",
        "1.234",
        "00012",
        "1.000.000.000.000.000",  # 16 digits: read the slow way, not here
        "",
        "",
        "",
        "abc",
        "1,5",
        "١٢٣",  # not ASCII digits: read the slow way
    ]
    want = [12345, 7, 1234, 12] + [None] * 5 + [1.5, None]  # 1,5: a decimal comma
    assert [None if math.isnan(v) else v for v in cells.plain] == want
    assert cells.blank.tolist() == [False] * 5 + [True, True, True] + [False] * 3
    assert not cells.loose.any()


def test_value_cells_of_a_spreadsheet_column_are_read_later():
    cells = value_cells(obj(1000.0, "2.000", None, True))
    assert cells.loose.all()
    assert cells.blank.tolist() == [False, False, True, False]
    assert np.isnan(cells.plain).all()


def test_blank_cells():
    assert blank_cells(obj("x", "", " \u00a0\t", None, float("nan"), "a b")).tolist() == [
        False,
        True,
        True,
        True,
        True,
        False,
    ]
    assert blank_cells(obj(0, "", None, 2.5)).tolist() == [False, True, True, False]


def test_factorize_puts_missing_values_where_pandas_does():
    from danvan.intake.columns import factorize

    for values in (
        obj("a", None, "b", float("nan"), "a"),
        obj(None, "a"),
        obj("a", "b", "c", None),
        obj(None, None),
        obj("a", "b"),
    ):
        codes, uniques = factorize(values)
        want_codes, want_uniques = pd.factorize(values, use_na_sentinel=False)
        assert codes.tolist() == want_codes.tolist()
        assert [u if u == u else "NaN" for u in uniques] == [u if u == u else "NaN" for u in want_uniques]


def test_a_categorical_column_gives_the_same_coded_column():
    values = obj("Hà Nội", "Huế", "Hà Nội", None, "Cần Thơ", "Huế")
    series = pd.Series(values, dtype="category")  # categories sorted: Cần Thơ, Huế, Hà Nội
    coded = Coded.of_series(series).canonical()
    assert coded.codes.tolist() == [0, 1, 0, 2, 3, 1]
    assert [u if u == u else "NaN" for u in coded.uniques] == ["Hà Nội", "Huế", "NaN", "Cần Thơ"]


FIGURE_PIECES = [
    "1",
    "12",
    "123",
    "0",
    "00",
    "1234",
    "999999999999999",
    "9999999999999999",
    ".",
    ",",
    " ",
    "  ",
]
FIGURE_PIECES += ["%", " %", "-", "+", "\u00a0", "\t", "a", "tỷ", "hơn ", ".000", ",000", " 000", "0.1", "١٢"]


def test_figures_read_at_once_are_read_as_value_by_value():
    # Every text made of these pieces: what value_cells reads in one pass, _parse_values keeps,
    # and it must be what reading each cell on its own (_parse_distinct) gives.
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from danvan.intake.validate import _parse_distinct, _parse_values

    texts = st.lists(st.sampled_from(FIGURE_PIECES), min_size=1, max_size=6).map("".join)
    cells = st.lists(st.one_of(texts, st.none(), st.sampled_from(["1,234,567", "19 136", "0,15%", "12 %"])))

    @settings(max_examples=400, deadline=None)
    @given(cells)
    def same(values):
        raw = obj(*values) if values else np.empty(0, dtype=object)
        read = value_cells(raw)
        amounts, _bad, message = _parse_values(raw, read.plain, read.percent)
        want = _parse_distinct(raw)
        for k in ("approx", "percent", "currency"):
            assert amounts[k].tolist() == want[k].tolist(), (k, values)
        got, expected = amounts["value"], want["value"]
        assert np.array_equal(got, expected, equal_nan=True), values
        assert message.tolist() == want["message"].tolist()

    same()


def test_common_figure_shapes_are_read_in_one_pass():
    cells = value_cells(obj("1,234,567", "19 136", "12,5", "0,15%", "12 %", "1,234", "1,2345,678", "12,5 tỷ"))
    assert [None if math.isnan(v) else v for v in cells.plain] == [
        1234567,
        19136,
        12.5,
        0.15,
        12,
        1.234,  # one comma is a decimal comma
        None,  # not groups of three: read value by value (an error)
        None,  # a magnitude word: read value by value
    ]
    assert cells.percent.tolist() == [False, False, False, True, True, False, False, False]
