"""Tổng quan (placeholder until the dashboard issue lands)."""

import streamlit as st

from danvan import labels

st.title(labels.APP_TITLE)
