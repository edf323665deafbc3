"""evaluated: the subject evaluated, tested or held talks with the object (评估 / 洽谈 / in talks with)."""

from collections.abc import Iterator

from kg.extractors import extractors
from kg.extractors.base import frame_claims
from kg.model import Claim, Doc, Relation


@extractors.register("evaluated")
def extract_evaluated(doc: Doc) -> Iterator[Claim]:
    """评估腾讯、字节跳动、阿里巴巴以及DeepSeek开发的模型 → one claim per evaluated organization."""
    yield from frame_claims(doc, Relation.EVALUATED, "evaluated")
