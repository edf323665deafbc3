"""status: sentences that deny what was reported before them (阿里否认了这一传闻 / "Apple denied the report").

Clause-level cues (否认与…合作, 传闻, 或将, "is said to be considering") are read by the relation
extractors themselves, since they belong to one frame; this extractor handles the denial that comes
in a sentence of its own and applies to the claims just before it.
"""

from collections.abc import Iterator

from kg.extractors import extractors
from kg.extractors.cues import DENY_REPORT, compile_cue, lang_key
from kg.model import Doc, Status, StatusCue


@extractors.register("status")
def extract_status(doc: Doc) -> Iterator[StatusCue]:
    """A Denied cue for each sentence that denies a report, rumour or claim."""
    rx = compile_cue(DENY_REPORT[lang_key(doc.article.lang)])
    for sentence in doc.sentences:
        m = rx.search(sentence.norm or sentence.text)
        if m:
            start = m.start("cue") if m.groupdict().get("cue") else m.start()  # "Reports that … are inaccurate": the verdict
            yield StatusCue(sentence.index, Status.DENIED, start, m.end())
