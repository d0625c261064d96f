"""Lining up what several documents say about the same thing: facts, names, quotes,
dated events. Grouping only: verdicts on facts are the compare stage's job.
"""
