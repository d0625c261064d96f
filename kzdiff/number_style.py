"""A document's number style: whether "3.811" means 3811 and "1,5" means 1.5.

Decided once per document, by load (which counts it line by line on line-delimited input)
and by extraction (on the document's text), so it lives outside both stages.
"""

from __future__ import annotations

import re
from functools import lru_cache

# Evidence for the style. Each starts by consuming a digit (the look-behind comes after
# it) so the regex engine can skip to digits instead of trying every position.
_COMMA_STYLE = re.compile(
    r"\d(?<![\d.,]\d)(?:\d{0,2}(?:\.\d{3}){2,}(?![\d.])|\d*,\d{1,2}(?![\d,]))"
)
_POINT_STYLE = re.compile(
    r"\d(?<![\d.,]\d)(?:\d{0,2}(?:,\d{3}){2,}(?![\d,])|\d*\.\d{1,2}(?![\d.]))"
)


def detect_decimal_comma(text: str) -> bool:
    """The document's number style: True when "3.811" means 3811 and "1,5" means 1.5.

    Decided by counting unambiguous forms ("1.234.567" and "1,5" against "1,234,567"
    and "1.5"); a tie, including a text with neither, is read as decimal point.
    """
    return _detect(text)


@lru_cache(maxsize=16)
def _detect(text: str) -> bool:
    comma, point = count_number_styles(text)
    return comma > point


def count_number_styles(text: str) -> tuple[int, int]:
    """The unambiguous decimal-comma and decimal-point forms in ``text``. No form spans
    a line end, so the counts of a text's lines add up to the text's."""
    comma = sum(1 for _ in _COMMA_STYLE.finditer(text))
    point = sum(1 for _ in _POINT_STYLE.finditer(text))
    return comma, point
