"""Nhập dữ liệu: upload → validation report → preview → commit; the batches and their rollback.

Thin: every decision is in danvan.intake (the command line does the same through the same calls).
"""

from functools import partial

import streamlit as st

from danvan import labels
from danvan.accounts.roles import Action
from danvan.intake import commit, display, template, validate, worker
from danvan.store import impact, versions
from ui import auth, cache, components, writes

auth.need(Action.IMPORT)
st.title(labels.IMP_PAGE_TITLE)
st.write(labels.IMP_PAGE_INTRO)
cur = cache.cursor()


def show_impact(change, title: str) -> None:
    """What a write changes (or would change) on screen, the large changes first as warnings."""
    if change is None:
        return
    st.subheader(title)
    if change.empty:
        st.caption(labels.IMPACT_NONE_CHANGED)
        return
    names = impact.names(cur)
    for line in impact.warnings(change, names):
        st.warning(components.plain(labels.IMPACT_WARNING.format(line=line)))
    st.dataframe(impact.table(change, names), hide_index=True)


if flash := st.session_state.pop("import_flash", None):
    st.success(components.plain(flash))
    show_impact(st.session_state.pop("import_flash_impact", None), labels.IMPACT_TITLE_DONE)

left, right = st.columns(2)
with left:
    st.download_button(
        labels.IMP_TEMPLATE_DOWNLOAD_XLSX,
        template.xlsx(cur),
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
            rows=report.rows, valid=report.n_valid, errors=len(report.errors), warnings=len(report.warnings)
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
        shown = display.preview(report)
        st.caption(labels.IMP_PREVIEW_LIMIT.format(shown=len(shown), total=report.n_valid))
        st.dataframe(shown, hide_index=True)

    outcome = st.session_state.get("import_outcome")
    if outcome is not None:
        (st.success if outcome.status in ("committed", "unchanged") else st.error)(
            components.plain(outcome.message)
        )
        show_impact(outcome.impact, labels.IMPACT_TITLE_DONE)
    elif report.acceptable(skip_invalid):
        show_impact(trials[skip_invalid].impact, labels.IMPACT_TITLE)
        st.info(labels.IMP_WILL_COMMIT.format(n=report.accepted(skip_invalid)))
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
table, active = display.batches(cur)
if table.empty:
    st.caption(labels.IMP_NO_BATCHES)
else:
    st.dataframe(table, hide_index=True)
    if active:
        chosen = st.selectbox(labels.IMP_ROLLBACK_SELECT, active)
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
                batch_id=chosen, n=done.facts
            )
            st.session_state["import_flash_impact"] = done.impact
            st.rerun()
