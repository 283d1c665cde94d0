"""The Streamlit side: caching, shared filters and rendering helpers used by the thin pages.

Everything here may import streamlit; the core logic stays in danvan/, which never does.
"""
