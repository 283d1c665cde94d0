"""Streamlit's own words in Vietnamese: what its widgets, tooltips and dialogs write in English
(the file uploader's "Upload" and "200MB per file", a list's "Select all" and "No results", an empty
table's "empty", the charts' toolbar, "Page not found", "Running...") read as danvan/labels.py's
SCREEN_WORDS say.

Streamlit 1.67 has no setting for these words (nor its Plotly a Vietnamese dictionary), so a few
lines of script in the page put them in place: one pass over the page, then a MutationObserver
that looks only at what changes — text nodes and four attributes (aria-label, title, placeholder,
data-title: Plotly's tooltips) matched whole against the dictionary, charts' SVG skipped. A text
Streamlit draws in a canvas (the grid of a table: "empty") is changed as it is drawn. Nothing is
loaded from elsewhere, no iframe; the script runs once a page load however often inject() is
called, and its own element takes no room.
"""

from __future__ import annotations

import functools
import json

import streamlit as st

from danvan import labels

# Texts a table's grid draws in its canvas that are Streamlit's, never a cell's value.
_DRAWN = ("empty",)

_SCRIPT = """
(() => {
  if (window.__dvScreenWords) return;
  window.__dvScreenWords = true;
  const WORDS = new Map();
  const PATTERNS = [];
  const escape = (s) => s.replace(/[.*+?^${}()|[\\]\\\\]/g, "\\\\$&");
  for (const [en, vi] of Object.entries(__WORDS__)) {
    if (!en.includes("{}")) { WORDS.set(en, vi); continue; }
    PATTERNS.push([new RegExp("^" + en.split("{}").map(escape).join("(.+?)") + "$"), vi, en.length]);
  }
  PATTERNS.sort((a, b) => b[2] - a[2]); // the most words first: "Limit {} per file" before "{} per file"
  const say = (value) => {
    const text = value.trim();
    if (!text || text.length > 200) return null;
    let out = WORDS.get(text);
    if (out === undefined) {
      for (const [re, vi] of PATTERNS) {
        const m = re.exec(text);
        if (m) { let i = 1; out = vi.replace(/\\{\\}/g, () => m[i++]); break; }
      }
    }
    return out === undefined ? null : value.replace(text, () => out);
  };
  const ATTRS = ["aria-label", "title", "placeholder", "data-title"];
  const isSvg = (n) => n instanceof SVGElement;
  const text = (node) => {
    if (isSvg(node.parentNode)) return;
    const out = say(node.nodeValue);
    if (out !== null) node.nodeValue = out;
  };
  const attrs = (el, names) => {
    for (const name of names) {
      const value = el.getAttribute(name);
      const out = value && say(value);
      if (out) el.setAttribute(name, out);
    }
  };
  const skip = { acceptNode: (n) => (isSvg(n) || n.localName === "script" || n.localName === "style"
    ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT) };
  const walk = (root) => {
    if (root.nodeType === Node.TEXT_NODE) return text(root);
    if (root.nodeType !== Node.ELEMENT_NODE || isSvg(root)) return;
    attrs(root, ATTRS);
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, skip);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (n.nodeType === Node.TEXT_NODE) text(n); else attrs(n, ATTRS);
    }
  };
  new MutationObserver((records) => {
    for (const r of records) {
      if (r.type === "childList") r.addedNodes.forEach(walk);
      else if (r.type === "characterData") text(r.target);
      else if (!isSvg(r.target)) attrs(r.target, [r.attributeName]);
    }
  }).observe(document.body, {
    subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ATTRS,
  });
  walk(document.body);
  // What a table's grid draws (its canvas holds no text to change): measured and drawn alike.
  const DRAWN = new Map(__DRAWN__.map((en) => [en, WORDS.get(en)]));
  const canvas = CanvasRenderingContext2D.prototype;
  for (const name of ["fillText", "measureText"]) {
    const original = canvas[name];
    canvas[name] = function (value, ...rest) {
      return original.call(this, DRAWN.get(value) ?? value, ...rest);
    };
  }
})();
"""

# The element holding the script is hidden: it would otherwise take a row's gap above the page.
_CSS = '[data-testid="stElementContainer"]:has(.dv-screen-words){display:none}'


@functools.cache
def _html() -> str:
    """The element, built once a process (the dictionary does not change while it runs)."""
    script = _SCRIPT.replace("__WORDS__", json.dumps(labels.SCREEN_WORDS, ensure_ascii=False))
    script = script.replace("__DRAWN__", json.dumps(list(_DRAWN)))
    return f"<span class='dv-screen-words' hidden></span><style>{_CSS}</style><script>{script}</script>"


def inject() -> None:
    """Streamlit's own words in Vietnamese on this page (call once a run, before the page). A role
    that may not download is kept from the tables' download button by the router
    (ui/components.NO_DOWNLOAD_CSS, under either label)."""
    st.html(_html(), unsafe_allow_javascript=True)
