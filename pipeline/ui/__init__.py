"""The Streamlit review app: one module per screen (the only package that imports streamlit)."""
