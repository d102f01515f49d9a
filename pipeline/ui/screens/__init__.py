"""Page scripts st.navigation runs, one per screen (each calls pipeline.ui.<screen>.render)."""
