"""Provides the user's corrections of people and places, applied when reading (no Textual).

- :mod:`reader.corrections.rules`: what a correction is and how it maps an
  article's entities (:class:`Corrections`);
- :mod:`reader.corrections.reader`: a store read through the corrections
  (:class:`CorrectedReader`: the catalogue and the entity postings);
- :mod:`reader.corrections.people`: who a name may be corrected to (the
  archive's entities and the people of the leaders data).

They are kept in the store by :mod:`reader.store.corrections`.
"""

from __future__ import annotations

from reader.corrections.reader import CorrectedReader, CorrectionSource
from reader.corrections.rules import YOURS, Correction, Corrections, Target, form_key

__all__ = [
    "YOURS", "CorrectedReader", "Correction", "CorrectionSource", "Corrections", "Target",
    "form_key",
]
