"""attribution: who the text says a claim comes from — outlets, named people, anonymous sources.

据第一财经，… (rest of the paragraph) / 知情人士表示，… / “…”蔡崇信直言 / according to Reuters /
"people familiar with the matter" / "X said in a statement". Commentators (scholars, experts) give
opinions about a deal and are not counted as its source.
"""

from collections.abc import Iterator

from kg.extractors import extractors
from kg.extractors.speakers import find_speeches
from kg.model import Attribution, Doc


@extractors.register("attribution")
def extract_attribution(doc: Doc) -> Iterator[Attribution]:
    """One Attribution per speech cue, scoped to the sentences it covers."""
    for speech in find_speeches(doc):
        yield Attribution(speech.source, speech.scope, speech.offset, speech.forward)
