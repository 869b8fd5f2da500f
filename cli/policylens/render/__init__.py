"""Renderers: format finished analysis results; they never analyse or read files.

One module per --format value.  Each exposes `render_<thing>(result, out, **opts)`.
"""
