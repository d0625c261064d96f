"""Tests of the align stage: grouping facts, names, quotes and events across documents."""
