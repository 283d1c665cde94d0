"""Data intake: reading the offices' spreadsheets, checking every row, committing a batch.

reading.py (files → sheets of cells) · encodings.py (legacy Vietnamese text) · numbers.py
(Vietnamese numbers) · layout.py (the table in a sheet → records) · columns.py (columns worked
on once per distinct value, figures read in one pass) · resolve.py (names and codes → warehouse
keys) · validate.py (the per-row report) · commit.py (one transaction per batch, history, rollback, archive) · template.py (the
form offices fill in). Nothing here imports streamlit: the page and the command line call it.
"""
