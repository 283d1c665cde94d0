"""Nhập dữ liệu: upload → validation report → preview → commit; the batches and their rollback.

Thin: every decision is in danvan.intake (the command line does the same through the same calls).
"""

from functools import partial

import pandas as pd
import streamlit as st
from pandas.io.formats.style import Styler

from danvan import formatting, labels
from danvan.accounts.roles import Action
from danvan.intake import commit, display, template, validate, worker
from danvan.store import impact, versions
from ui import auth, cache, components, extraction, writes

auth.need(Action.IMPORT)
st.title(labels.IMP_PAGE_TITLE)
st.write(labels.IMP_PAGE_INTRO)
# cache.cursor() at each use, never one kept across a write: the page runs pinned to a version
# (dashboard.py), but opened on its own (tests) a write's new version closes the older cursor.


def show_impact(change, title: str) -> None:
    """What a write changes (or would change) on screen, the large changes first as warnings."""
    if change is None:
        return
    st.subheader(title)
    if change.empty:
        st.caption(labels.IMPACT_NONE_CHANGED)
        return
    names = impact.names(cache.cursor())
    for line in impact.warnings(change, names):
        st.warning(components.plain(labels.IMPACT_WARNING.format(line=line)))
    st.dataframe(impact.table(change, names), hide_index=True)


def preview_table(report: validate.Report) -> pd.DataFrame:
    """The first valid records as a person reads them: names for codes («Hội Nông dân»), periods by
    name («Quý III/2026»), values in their unit («3.500 tỷ đồng»), the unit's name after its code."""
    raw = display.preview(report).rename(columns={v: k for k, v in labels.IMP_PREVIEW_COLUMNS.items()})
    units = extraction.locality_index().units
    ids = {str(i) for i in raw.get("locality_id", []) if isinstance(i, str)}
    shown = formatting.fact_rows(
        raw, impact.names(cache.cursor()), {i: units[i].name for i in ids if i in units}
    )
    return shown.rename(columns={**labels.IMP_PREVIEW_COLUMNS, "locality": labels.IMP_PREVIEW_LOCALITY})


def batches_table(table: pd.DataFrame) -> tuple[Styler, dict[str, str]]:
    """The batches with their times in Vietnam's time and counts with separators (still sortable),
    and each batch's line in the rollback list: "id — file, nhập lúc 03/12/2026 08:30"."""
    c = labels.IMP_BATCH_COLUMNS
    table = table.rename(columns={c["imported_at"]: labels.IMP_BATCH_IMPORTED_AT})
    options = {
        b: labels.IMP_ROLLBACK_OPTION.format(
            batch_id=b, file=formatting.cell(f), time=formatting.local_time(t)
        )
        for b, f, t in zip(
            table[c["batch_id"]], table[c["file_name"]], table[labels.IMP_BATCH_IMPORTED_AT], strict=True
        )
    }
    formats = {
        labels.IMP_BATCH_IMPORTED_AT: formatting.local_time,
        c["rows_total"]: formatting.number,
        c["rows_accepted"]: formatting.number,
    }
    return formatting.styled(table, formats), options


if flash := st.session_state.pop("import_flash", None):
    st.success(components.plain(flash))
    show_impact(st.session_state.pop("import_flash_impact", None), labels.IMPACT_TITLE_DONE)

left, right = st.columns(2)
with left:
    st.download_button(
        labels.IMP_TEMPLATE_DOWNLOAD_XLSX,
        template.xlsx(cache.cursor()),
        file_name=labels.IMP_TEMPLATE_FILE_XLSX,
        mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )
with right:
    st.download_button(
        labels.IMP_TEMPLATE_DOWNLOAD_CSV,
        template.csv(),
        file_name=labels.IMP_TEMPLATE_FILE_CSV,
        mime="text/csv",
    )

uploaded = st.file_uploader(
    labels.IMP_UPLOAD,
    type=["xlsx", "xls", "ods", "csv", "txt"],
    help=labels.IMP_UPLOAD_HELP.format(mb=st.get_option("server.maxUploadSize")),
)
user = auth.current_user()
# Signed in, the batch names the account; in the one-person mode the operator says who imports.
imported_by = user.name or st.text_input(labels.IMP_IMPORTED_BY, value=commit.default_user())
skip_invalid = st.checkbox(labels.IMP_SKIP_INVALID, help=labels.IMP_SKIP_INVALID_HELP)

if uploaded is not None:
    data = uploaded.getvalue()
    key = (uploaded.name, validate.sha256(data))
    if st.session_state.get("import_key") != key:
        bar = st.progress(0.0, text=labels.IMP_STEP_READING)
        # read and checked in a process of its own: a file that crashes the reader costs this
        # upload an error message, not the office its dashboard (danvan/intake/worker.py)
        report = worker.check_file(
            cache.snapshot_file(), data, uploaded.name, lambda f, m: bar.progress(min(f * 0.8, 1.0), text=m)
        )
        bar.empty()
        st.session_state.update(import_key=key, import_report=report, import_outcome=None, import_trial={})
    report = st.session_state["import_report"]
    trials = st.session_state.setdefault("import_trial", {})
    if report.acceptable(skip_invalid) and skip_invalid not in trials:
        # what a commit would change on screen: the same write, rolled back (commit.trial)
        bar = st.progress(0.8, text=labels.IMP_STEP_DERIVING)
        try:
            with writes.draft(publish=False) as con:
                trials[skip_invalid] = commit.trial(con, report, skip_invalid=skip_invalid)
        except versions.StoreError as exc:
            st.error(components.plain(exc))
            st.stop()
        finally:
            bar.empty()

    st.subheader(labels.IMP_REPORT_TITLE)
    st.caption(components.plain(display.read_as(report)))
    st.write(
        labels.IMP_SUMMARY.format(
            rows=formatting.number(report.rows),
            valid=formatting.number(report.n_valid),
            errors=formatting.number(len(report.errors)),
            warnings=formatting.number(len(report.warnings)),
        )
    )
    if report.errors.empty:
        st.success(labels.IMP_NO_ISSUES)
    for title, frame in (
        (labels.IMP_ERRORS_TITLE, report.errors),
        (labels.IMP_WARNINGS_TITLE, report.warnings),
    ):
        if not frame.empty:
            st.markdown(f"**{title}**")
            table, cut = display.shown_issues(frame)
            if cut:
                st.caption(cut)
            st.dataframe(table, hide_index=True)
    if not report.issues.empty:
        st.download_button(
            labels.IMP_DOWNLOAD_REPORT,
            partial(display.report_csv, report),  # made when clicked, not on every rerun
            file_name=labels.IMP_REPORT_FILE,
            mime="text/csv",
        )

    if report.n_valid:
        st.subheader(labels.IMP_PREVIEW_TITLE)
        shown = preview_table(report)
        st.caption(
            labels.IMP_PREVIEW_LIMIT.format(
                shown=formatting.number(len(shown)), total=formatting.number(report.n_valid)
            )
        )
        st.dataframe(
            shown,
            hide_index=True,
            column_config={
                labels.IMP_PREVIEW_COLUMNS["value"]: st.column_config.TextColumn(alignment="right")
            },
        )

    outcome = st.session_state.get("import_outcome")
    if outcome is not None:
        (st.success if outcome.status in ("committed", "unchanged") else st.error)(
            components.plain(outcome.message)
        )
        show_impact(outcome.impact, labels.IMPACT_TITLE_DONE)
    elif report.acceptable(skip_invalid):
        show_impact(trials[skip_invalid].impact, labels.IMPACT_TITLE)
        st.info(labels.IMP_WILL_COMMIT.format(n=formatting.number(report.accepted(skip_invalid))))
        if st.button(labels.IMP_COMMIT_BUTTON, type="primary"):
            bar = st.progress(0.85, text=labels.IMP_STEP_COMMITTING)
            try:
                with writes.draft() as con:
                    outcome = commit.commit(
                        con,
                        report,
                        data,
                        skip_invalid=skip_invalid,
                        imported_by=imported_by,
                        progress=lambda f, m: bar.progress(min(f, 1.0), text=m),
                        user=user,
                    )
                    bar.progress(0.99, text=labels.WRITE_PUBLISHING)
            except versions.StoreError as exc:
                st.error(components.plain(exc))
                st.stop()
            finally:
                bar.empty()
            if outcome.status == "committed":
                commit.record_import(cache.db_path(), outcome, uploaded.name, imported_by, auth.address())
            st.session_state["import_outcome"] = outcome
            st.rerun()
    else:
        st.warning(labels.IMP_CANNOT_COMMIT)

st.subheader(labels.IMP_BATCHES_TITLE)
table, active = display.batches(cache.cursor())
if table.empty:
    st.caption(labels.IMP_NO_BATCHES)
else:
    table, options = batches_table(table)
    st.dataframe(table, hide_index=True)
    if active:
        chosen = st.selectbox(labels.IMP_ROLLBACK_SELECT, active, format_func=lambda b: options.get(b, b))
        sure = st.checkbox(labels.IMP_ROLLBACK_CONFIRM)
        if st.button(labels.IMP_ROLLBACK_BUTTON, disabled=not sure):
            try:
                with st.spinner(labels.WRITE_PUBLISHING), writes.draft() as con:
                    done = commit.rollback(con, chosen, user)
            except (commit.CommitError, versions.StoreError) as exc:
                st.error(components.plain(exc))
                st.stop()
            commit.record_rollback(cache.db_path(), chosen, user, auth.address())
            st.session_state["import_outcome"] = None
            st.session_state["import_flash"] = labels.IMP_MSG_ROLLED_BACK.format(
                batch_id=chosen, n=formatting.number(done.facts)
            )
            st.session_state["import_flash_impact"] = done.impact
            st.rerun()
