"""Tests of the compare stage: verdicts, estimates and queries over aligned facts."""
