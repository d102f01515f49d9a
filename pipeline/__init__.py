"""needsmap: offline, participatory analysis of focus-group transcripts.

The package holds all logic; the command line (`pipeline.cli`) and the Streamlit
screens (`pipeline.ui`) only call into it.
"""

__version__ = "0.1.0"
