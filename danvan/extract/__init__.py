"""Figures from report prose: candidate facts with their sentence, period, place and confidence.

    from danvan.extract import extract
    result = extract(text, index, published=date(2020, 12, 18), locality="Lai Châu")
    for c in result.candidates: ...

The extractor is rule- and lexicon-based (see README, "Trích xuất số liệu từ văn bản"): a number
becomes a candidate only when the words around it name an indicator the registry knows; everything
else (document numbers, dates, targets, counts of speeches, other lenders, prices) is left out.
It needs the warehouse only for place names, through a `LocalityIndex`.
"""

from __future__ import annotations

from danvan.extract.extractor import Candidate, Extraction, extract

__all__ = ["Candidate", "Extraction", "extract"]
