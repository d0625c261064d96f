"""Word lists the extractors and the aligner read: data, one module per lexicon.

Keeping them here (and not inside regexes) lets a reader see and extend what
kzdiff knows without reading matching code.
"""
