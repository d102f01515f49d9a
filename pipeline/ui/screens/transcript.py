# The page file st.navigation runs; kept tiny because Streamlit re-reads page files on every run.
from pipeline.ui.transcript import render

render()
