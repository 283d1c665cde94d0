"""Trích xuất báo cáo: paste or upload a report, review the figures found, save the accepted ones
(danvan/extract/review.py does the work; this page only lays it out)."""

from datetime import date

import streamlit as st

from danvan import formatting, labels
from danvan.accounts import audit
from danvan.accounts.roles import Action
from danvan.extract import review
from danvan.extract.documents import DocumentError
from danvan.intake import commit, worker
from danvan.store import versions
from ui import auth, cache, components, extraction, writes

auth.need(Action.REVIEW)
st.title(labels.EXT_PAGE_TITLE)
st.caption(labels.EXT_PAGE_INTRO)

paste_tab, upload_tab = st.tabs([labels.EXT_TAB_PASTE, labels.EXT_TAB_UPLOAD])
with paste_tab:
    pasted = st.text_area(labels.EXT_TEXT_INPUT, height=220, key="ext_text")
with upload_tab:
    uploaded = st.file_uploader(labels.EXT_UPLOAD_INPUT, type=["txt", "docx", "pdf"], key="ext_file")
cols = st.columns(2)
given_date = cols[0].date_input(
    labels.EXT_DOC_PUBLISHED, value=None, format="DD/MM/YYYY", key="ext_given_date"
)
given_place = cols[1].text_input(labels.EXT_DOC_LOCALITY, key="ext_given_place")

if st.button(labels.EXT_RUN, type="primary", key="ext_run"):
    try:
        # read in a worker process: a hostile .docx or .pdf costs an error, not the dashboard
        text = worker.document_text(uploaded.getvalue(), uploaded.name) if uploaded is not None else pasted
    except DocumentError as exc:
        st.error(components.plain(exc))
        st.stop()
    if not text.strip():
        st.warning(labels.EXT_ERR_EMPTY)
        st.stop()
    st.session_state["ext_review"] = review.review(text, extraction.locality_index(), given_date, given_place)
    st.session_state.pop("ext_saved", None)

if "ext_saved" in st.session_state:
    st.success(components.plain(st.session_state["ext_saved"]))
if "ext_review" not in st.session_state:
    st.stop()

result, table, meta = st.session_state["ext_review"]
names = extraction.names()

st.subheader(labels.EXT_DOC_HEADER)
key = meta.source_id
cols = st.columns([3, 2, 1])
title = cols[0].text_input(labels.EXT_DOC_TITLE, value=meta.title, key=f"title_{key}")
publisher = cols[1].text_input(labels.EXT_DOC_PUBLISHER, value=meta.publisher or "", key=f"pub_{key}")
published = cols[2].date_input(
    labels.EXT_DOC_PUBLISHED, value=meta.published, format="DD/MM/YYYY", key=f"date_{key}"
)
url = st.text_input(labels.EXT_DOC_URL, value=meta.url or "", key=f"url_{key}")
if meta.published:
    st.caption(labels.EXT_DOC_PUBLISHED_FOUND.format(date=meta.published.strftime("%d/%m/%Y")))
else:
    st.caption(labels.EXT_DOC_PUBLISHED_UNKNOWN)

if table.empty:
    st.info(labels.EXT_NONE)
    extraction.passed_over(result, table, meta, names.get("indicator", {}), key)
    st.stop()

st.success(labels.EXT_FOUND.format(n=formatting.number(len(table))))
st.markdown(f"**{labels.EXT_HIGHLIGHT_HEADER}**")
st.html(review.highlight_html(result.text, result.candidates, names.get("indicator", {})))

st.subheader(labels.EXT_TABLE_HEADER)
st.caption(labels.EXT_TABLE_HELP)
c = labels.EXT_COLUMNS
h = labels.EXT_COLUMN_HELP
edited = st.data_editor(
    extraction.editable(table),
    key=f"editor_{key}",
    hide_index=True,
    disabled=["row", "locality", "cumulative", "confidence", "sentence", "why", "held"],
    column_config={
        "row": st.column_config.NumberColumn(c["row"], width="small"),
        "decision": st.column_config.SelectboxColumn(
            c["decision"],
            options=list(labels.EXT_DECISION),
            format_func=extraction.decision_label,
            required=True,
        ),
        "indicator": st.column_config.SelectboxColumn(
            c["indicator"],
            options=list(names.get("indicator", {})),
            format_func=lambda code: names["indicator"].get(code, code),
            required=True,
        ),
        "value": st.column_config.NumberColumn(c["value"], help=h["value"], format="localized", min_value=0),
        "approx": st.column_config.SelectboxColumn(
            c["approx"],
            help=h["approx"],
            options=[extraction.BLANK, *labels.APPROX],
            format_func=extraction.approx_label,
            required=True,
        ),
        "organization": st.column_config.SelectboxColumn(
            c["organization"],
            options=list(names.get("organization", {})),
            format_func=lambda code: names["organization"].get(code, code),
            required=True,
        ),
        "locality_code": st.column_config.TextColumn(c["locality_code"], help=h["locality_code"]),
        "locality": st.column_config.TextColumn(c["locality"]),
        "period": st.column_config.SelectboxColumn(
            c["period"],
            help=labels.EXT_PERIOD_HELP,
            options=extraction.period_options(table, meta.published),
            format_func=extraction.period_label,
            required=True,
        ),
        "breakdown": st.column_config.SelectboxColumn(
            c["breakdown"],
            help=labels.EXT_BREAKDOWN_HELP,
            options=[extraction.BLANK, *names.get("breakdown", {})],
            format_func=lambda code: extraction.breakdown_label(code, names.get("breakdown", {})),
            required=True,
        ),
        "cumulative": st.column_config.CheckboxColumn(c["cumulative"]),
        "confidence": st.column_config.ProgressColumn(
            c["confidence"], min_value=0.0, max_value=1.0, format="%.2f"
        ),
        "sentence": st.column_config.TextColumn(c["sentence"], width="large"),
        "why": st.column_config.TextColumn(c["why"], width="medium"),
        "held": st.column_config.TextColumn(c["held"], help=h["held"], width="medium"),
    },
)

extraction.passed_over(result, table, meta, names.get("indicator", {}), key)

if st.button(labels.EXT_SAVE, type="primary", key="ext_save"):
    doc = review.DocumentMeta(
        title=title,
        text=result.text,
        publisher=publisher,
        published=published if isinstance(published, date) else None,
        url=url,
    )
    try:
        with st.spinner(labels.WRITE_PUBLISHING), writes.draft() as con:
            source_id, n = review.save(con, doc, extraction.from_editor(edited), auth.current_user())
    except review.ReviewError as exc:
        for message in exc.messages:
            st.error(components.plain(message))
    except versions.StoreError as exc:
        st.error(components.plain(exc))
    else:
        audit.append(
            cache.db_path(),
            "document_saved",
            user=auth.current_user().name or commit.default_user(),
            detail=labels.AUDIT_DOCUMENT.format(source_id=source_id, title=title, n=n),
            address=auth.address(),
        )
        st.session_state["ext_saved"] = labels.EXT_SAVED.format(
            n=formatting.number(n), title=title, source_id=source_id
        )
        st.rerun()
