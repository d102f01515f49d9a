"""Entry point for `streamlit run app.py`; the real script lives in pipeline/ui/main_app.py."""
from pipeline.ui.main_app import main

main()
