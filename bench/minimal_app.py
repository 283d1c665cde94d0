"""The browser benchmark's yardstick: the smallest Streamlit page with one Plotly chart.

`streamlit run bench/minimal_app.py`; the dashboard's time to first chart is reported as a ratio
to this page's, measured in the same run on the same machine.
"""

import plotly.graph_objects as go
import streamlit as st

st.set_page_config(page_title="Tối giản", layout="wide")
st.title("Một biểu đồ")
st.plotly_chart(go.Figure(go.Scatter(x=["Quý I", "Quý II", "Quý III", "Quý IV"], y=[3, 1, 4, 2])))
