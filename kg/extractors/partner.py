"""partner: two organizations cooperate (合作 / 携手 / 选择…作为合作伙伴 / partners with)."""

from collections.abc import Iterator

from kg.extractors import extractors
from kg.extractors.base import frame_claims
from kg.model import Claim, Doc, Relation


@extractors.register("partner")
def extract_partner(doc: Doc) -> Iterator[Claim]:
    """Org–org cooperation, enumerations included (三星选择与智谱AI、美图合作 → two claims)."""
    yield from frame_claims(doc, Relation.PARTNER, "partner")
