"""Writing project data to files: one module per export (segments, codings, tables ...)."""
