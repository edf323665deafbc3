"""Surface forms → one entity id, across the whole build, with the reason for every merge.

- a gazetteer spelling resolves to its entry (阿里 / 阿里巴巴集團 / Alibaba → alibaba);
- a discovered full legal name that starts with a known name resolves to it (阿里巴巴(中国)有限公司 →
  alibaba), or becomes a unit linked to it (三星中国研发中心 → parent samsung);
- a declared abbreviation, or a bare short name equal to a full name's core, joins that full name
  within one article only, so two companies that share a short name do not merge across articles;
  two full names that share only their core (鞍钢股份, 鞍钢集团) stay two entities;
- anything else is keyed by its folded spelling.
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
from collections import defaultdict
from functools import lru_cache

from kg.entities.discovery import Found
from kg.entities.gazetteer import Gazetteer
from kg.entities.lexicon import ZH_COUNTRY_PREFIXES, ZH_NAME_EXTENSIONS
from kg.model import Entity, EntityKind
from kg.normalize import fold, normalize

_COUNTRY_LEAD = re.compile("^(?:" + "|".join(sorted(ZH_COUNTRY_PREFIXES, key=len, reverse=True)) + ")")

LEGAL_ENDINGS = re.compile(
    r"(?:\s*[,(]?\s*(?:\(中国\)|中国)?\s*(?:-ky|集团股份有限公司|集团有限公司|股份有限公司|有限责任公司|有限公司|总公司|公司|集团|集團|"  # 钰齐-KY
    r"控股|股份|(?<![a-z])(?:group|holdings?|inc\.?|incorporated|corp\.?|corporation|co\.?|company|ltd\.?|limited|llc|plc|ag|sa|se|nv|gmbh|oyj|oy|asa|ab|a/s|kk|k\.k\.|spa|s\.p\.a\.|bv|b\.v\.|pte\.?|bhd\.?|berhad|pty\.?|sdn\.?))\s*\)?)+$",
    re.IGNORECASE,
)
# A known name plus only these words is still that company (Geely Automobile Holdings Ltd., 吉利汽车集团).
_EXTENSION_ONLY = re.compile(
    "(?:" + "|".join(sorted({*ZH_NAME_EXTENSIONS, "automobile", "automotive", "auto", "motors?", "international",
                              "technolog(?:y|ies)", "industries", "corporation", "group", "holdings?", "airways", "airlines?"}, key=len, reverse=True)) + ")+"
)
# What a known name plus this ending names is a unit of that company (三星中国研发中心, 腾讯云), not a
# subsidiary company (比亚迪半导体, 中移物联).
_UNIT_ENDING = re.compile(
    r"(?:研发中心|研究院|研究中心|研究所|实验室|事业部|事业群|业务部|业务|部门|分公司|分行|支行|办事处|中心|团队|云|智能云|中国区|中国|"
    r"research|labs?|cloud|division|unit|china)$"
)


@lru_cache(maxsize=1 << 16)
def core_name(name: str) -> str:
    """A company name without its legal endings.

    >>> core_name("雪松控股集团有限公司"), core_name("Alibaba Group Holding Ltd."), core_name("阿里巴巴（中国）有限公司")
    ('雪松', 'Alibaba', '阿里巴巴')
    >>> core_name("Deutsche Lufthansa AG"), core_name("Costco")  # a Latin ending is a word of its own
    ('Deutsche Lufthansa', 'Costco')
    """
    m = LEGAL_ENDINGS.search(normalize(name))  # same length as `name`: （中国） matches as (中国)
    core = (name[: m.start()] if m else name).strip(" ,.")
    return core if len(fold(core)) >= 2 else name


@lru_cache(maxsize=1 << 16)
def discovered_id(name: str, kind: EntityKind) -> str:
    """A stable id for an entity the gazetteer does not know."""
    key = fold(name)
    ascii_slug = re.sub(r"[^a-z0-9]+", "-", key.lower()).strip("-")
    prefix = {EntityKind.PERSON: "person", EntityKind.OUTLET: "outlet"}.get(kind, "org")
    if key.isascii() and ascii_slug:
        return f"{prefix}-{ascii_slug}"[:64]
    return f"{prefix}-{hashlib.sha1(key.encode('utf-8')).hexdigest()[:10]}"


_CORES: dict[int, tuple[Gazetteer, dict[str, str | None]]] = {}  # id(gazetteer) → (it, its Latin cores)


def _latin_cores(gazetteer: Gazetteer) -> dict[str, str | None]:
    """Folded Latin core name → the one organization it is the core of (None when several), for names that
    are no alias themselves; built once per gazetteer (a table is made per article)."""
    cached = _CORES.get(id(gazetteer))
    if cached and cached[0] is gazetteer:
        return cached[1]
    cores: dict[str, str | None] = {}
    for e in gazetteer.entities.values():
        if e.kind is not EntityKind.ORG:
            continue
        for n in gazetteer.names_of(e):
            core = core_name(n) if n.isascii() else n
            key = fold(core)
            if core != n and len(key) >= 4 and key not in gazetteer.by_alias:
                cores[key] = e.id if cores.get(key, e.id) == e.id else None
    _CORES[id(gazetteer)] = (gazetteer, cores)
    return cores


class EntityTable:
    """Every entity seen in a build, its surface forms, and why forms were merged."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        self.entities: dict[str, Entity] = {}
        self.forms: dict[str, set[str]] = defaultdict(set)
        self.reasons: dict[str, set[str]] = defaultdict(set)

    def get(self, eid: str) -> Entity | None:
        return self.entities.get(eid) or self.gazetteer.entities.get(eid)

    def see(self, eid: str, form: str, reason: str | None = None) -> str:
        """Record that `form` named entity `eid`; pull gazetteer parents/affiliations in too."""
        if eid not in self.entities:
            known = self.gazetteer.entities.get(eid)
            if known is None:
                raise KeyError(eid)
            self.entities[eid] = known
            for linked in (known.parent, known.affiliation):
                if linked and linked in self.gazetteer.entities and linked not in self.entities:
                    self.entities[linked] = self.gazetteer.entities[linked]
        self.forms[eid].add(form)
        if reason:
            self.reasons[eid].add(reason)
        return eid

    def new(self, name: str, kind: EntityKind, reason: str, lang: str, parent: str | None = None, unit: bool = True) -> str:
        """A discovered entity, created on first sight and reused by spelling afterwards."""
        eid = discovered_id(name, kind)
        if eid not in self.entities:
            tag = "en" if name.isascii() else ("zh-Hant" if lang == "zh-TW" else "zh-Hans")
            self.entities[eid] = Entity(id=eid, kind=kind, labels={tag: name}, parent=parent, unit=unit)
        return self.see(eid, name, reason)

    def complete(self) -> None:
        """Pull in every gazetteer entity that a known entity links to (a unit's parent, a person's
        organization), so the graph never points at an entity without labels."""
        pending = [e for e in self.entities.values()]
        while pending:
            e = pending.pop()
            for linked in (e.parent, e.affiliation):
                if linked and linked not in self.entities and linked in self.gazetteer.entities:
                    self.entities[linked] = self.gazetteer.entities[linked]
                    pending.append(self.entities[linked])

    def merge(self, other: EntityTable) -> None:
        """Add what another table saw (one article's), in build order: the first label and the first
        affiliation found win, surface forms and merge reasons add up. Order-independent of workers."""
        for eid, entity in other.entities.items():
            known = self.entities.get(eid)
            if known is None:
                self.entities[eid] = entity
            else:
                if entity.affiliation and not known.affiliation:
                    known = self.entities[eid] = dataclasses.replace(known, affiliation=entity.affiliation)
                if entity.parent and not known.parent and eid not in self._ancestors(entity.parent):
                    self.entities[eid] = dataclasses.replace(known, parent=entity.parent, unit=entity.unit)
        for eid, forms in other.forms.items():
            self.forms[eid] |= forms
        for eid, reasons in other.reasons.items():
            self.reasons[eid] |= reasons

    def __getstate__(self) -> dict:
        # Sent between processes without the (shared, large) gazetteer.
        return {"entities": self.entities, "forms": dict(self.forms), "reasons": dict(self.reasons)}

    def __setstate__(self, state: dict) -> None:
        self.gazetteer = None  # type: ignore[assignment]
        self.entities = state["entities"]
        self.forms = defaultdict(set, state["forms"])
        self.reasons = defaultdict(set, state["reasons"])

    def set_affiliation(self, eid: str, org: str) -> None:
        """A person's organization, learned from text (阿里巴巴董事局主席蔡崇信); the first one found wins."""
        entity = self.entities.get(eid)
        if entity and entity.kind is EntityKind.PERSON and not entity.affiliation and org != eid:
            self.entities[eid] = dataclasses.replace(entity, affiliation=org)

    def set_parent(self, eid: str, parent: str, reason: str, unit: bool = False) -> None:
        """An organization the text names as another's subsidiary (or, with `unit`, as a unit whose claims
        are the parent's); the gazetteer's entities and an existing parent are kept, and a link that would
        loop is refused."""
        entity = self.entities.get(eid)
        if (
            entity is None
            or entity.kind is not EntityKind.ORG
            or entity.parent
            or eid in self.gazetteer.entities
            or parent == eid
            or self._ancestors(parent) & {eid}
        ):
            return
        self.entities[eid] = dataclasses.replace(entity, parent=parent, unit=unit)
        self.reasons[eid].add(reason)

    def _ancestors(self, eid: str) -> set[str]:
        out: set[str] = set()
        while eid and eid not in out:
            out.add(eid)
            entity = self.get(eid)
            eid = entity.parent if entity and entity.parent else ""
        return out

    def _short_and_full(self, name: str, eid: str) -> bool:
        """Whether `name` and a name already seen for `eid` are one name, short and full.

        雪松控股 / 雪松控股集团有限公司 are (one is a prefix of the other); 鞍钢股份 / 鞍钢集团 share only
        their core and are parent and child, so they stay apart unless the text declares otherwise.
        """
        key = fold(name)
        for form in self.forms.get(eid, ()):
            other = fold(form)
            if key.startswith(other) or other.startswith(key):
                return True
        return False

    def _stock_name_of(self, name: str, local: dict[str, str]) -> str | None:
        """The company an A-share stock name met earlier stands for, when `name` is its full name: 华翎股份
        (the first characters and 股份) before 华翎风电叶片股份有限公司."""
        if not name.endswith(("股份有限公司", "股份公司")) or name.isascii():
            return None
        key = fold(core_name(name))
        for n in range(min(4, len(key) - 1), 1, -1):
            eid = local.get(key[:n])
            if eid and fold(key[:n] + "股份") in {fold(f) for f in self.forms.get(eid, ())}:
                return eid
        return None

    def _known_extension(self, name: str) -> tuple[Entity, str] | None:
        """The one known organization whose name is `name` plus an industry word (吉利 → 吉利汽车), if
        exactly one is: a name the tagger found in a relation, short for a company the gazetteer knows."""
        if not 2 <= len(name) <= 4 or name.isascii():
            return None
        hit = self.gazetteer.shortened(name)
        return hit if hit is not None and hit[0].kind is EntityKind.ORG else None

    @staticmethod
    def _local_extension(key: str, local: dict[str, str]) -> str | None:
        """The one organization of this article whose name starts with `key` (禾盛 after 禾盛食品), maybe after
        its country (美盛 after 美国美盛公司), if only one."""
        if len(key) < 2:
            return None
        hits = {eid for form, eid in local.items()
                if len(form) > len(key) and (form.startswith(key) or _COUNTRY_LEAD.sub("", form, count=1).startswith(key))}
        return hits.pop() if len(hits) == 1 else None

    def _known_core(self, name: str) -> Entity | None:
        """The one known company whose Latin name without its legal ending is `name` ("Shell" in a relation
        slot for the known "Shell plc"; the bare word alone is too common to be an alias)."""
        eid = _latin_cores(self.gazetteer).get(fold(name))
        return self.gazetteer.entities[eid] if eid else None

    def _known_before_ending(self, name: str) -> Entity | None:
        """The known company a Latin name spells out with some legal endings ("Rolls-Royce Holdings plc" for
        the known "Rolls-Royce Holdings"), where stripping all of them ("Rolls-Royce") names nothing known."""
        words = name.split()
        for i in range(len(words) - 1, 0, -1):
            if not LEGAL_ENDINGS.fullmatch(" " + " ".join(words[i:])):
                break
            if hit := self.gazetteer.lookup(" ".join(words[:i]).rstrip(",")):
                return hit
        return None

    def resolve_found(
        self,
        found: Found,
        known_prefix: tuple[str, str] | None,
        local: dict[str, str],
        lang: str,
        article_id: str,
    ) -> str:
        """The entity a discovered organization name refers to (see module docstring)."""
        name = found.text
        hit = self.gazetteer.lookup(name) or self.gazetteer.lookup(core_name(name)) or self._known_before_ending(name)
        if hit:
            local.setdefault(fold(name), hit.id)  # a declared abbreviation of it joins it
            return self.see(hit.id, name, f"{name!r}: spelling of a gazetteer entry")
        if found.rule in ("slot", "role") and name.isascii() and (known := self._known_core(name)):
            local.setdefault(fold(name), known.id)
            return self.see(known.id, name, f"{name!r}: the known {known.labels.get('en') or known.id!r} without its legal ending")
        if found.rule in ("tagger", "slot") and (longer := self._known_extension(name)):
            hit, full = longer
            local.setdefault(fold(name), hit.id)
            return self.see(hit.id, name, f"{name!r}: short form of the gazetteer name {full!r}")
        if found.rule in ("tagger", "slot", "role") and (longer_here := self._local_extension(fold(name), local)):
            return self.see(longer_here, name, f"{name!r}: short form of a name earlier in article {article_id}")
        if found.rule == "abbreviation" and found.short and fold(found.short) in local:  # before any known prefix
            eid = local[fold(found.short)]
            return self.see(eid, name, f"{name!r}: declared abbreviation of {found.short!r} in {article_id}")
        if known_prefix:
            prefix, eid = known_prefix
            rest = name[name.find(prefix) + len(prefix) :] if prefix in name else name[len(prefix) :]
            if not fold(core_name(rest)) or LEGAL_ENDINGS.fullmatch(normalize(rest).strip()) or _EXTENSION_ONLY.fullmatch(fold(core_name(rest))):
                local.setdefault(fold(name), eid)
                return self.see(eid, name, f"{name!r}: full legal name of {prefix!r}")
            unit = bool(_UNIT_ENDING.search(fold(rest)))  # 三星中国研发中心: a unit, its claims are Samsung's
            child = self.new(name, EntityKind.ORG, f"{name!r}: {'unit' if unit else 'subsidiary'} of {prefix!r}", lang,
                             parent=eid, unit=unit)
            local.setdefault(fold(name), child)  # its declared short name (华虹宏力) joins it
            return child
        key = fold(core_name(name))
        if fold(name) in local:  # 湘农股份 declared (以下简称"湘农股份") earlier in the article: the same company again
            return self.see(local[fold(name)], name, f"{name!r}: named so earlier in article {article_id}")
        if found.short and fold(found.short) in local:
            eid = local[fold(found.short)]
            local.setdefault(fold(name), eid)
            return self.see(eid, name, f"{name!r}: declared abbreviation of {found.short!r} in {article_id}")
        if key in local and self._short_and_full(name, local[key]):
            return self.see(local[key], name, f"{name!r}: short and full name in article {article_id}")
        if (stock := self._stock_name_of(name, local)) is not None:
            local.setdefault(fold(name), stock)  # its declared short name (华翎叶片) joins it
            local.setdefault(key, stock)
            return self.see(stock, name, f"{name!r}: full name of the stock name met earlier in article {article_id}")
        eid = self.new(name, EntityKind.ORG, f"{name!r}: discovered by rule {found.rule}", lang)
        local.setdefault(key, eid)
        local.setdefault(fold(name), eid)
        return eid
