"""kzdiff: line up what news reports say about one event and show where they diverge."""

__version__ = "0.1.0"
