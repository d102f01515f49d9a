# The page file st.navigation runs; kept tiny because Streamlit re-reads page files on every run.
from pipeline.ui.export import render

render()
