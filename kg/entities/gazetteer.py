"""The alias table: known organizations, outlets, people and products, with every spelling.

Data, not code: `kg/entities/data/gazetteer.tsv` (columns: id, kind, zh_hans, zh_hant, en, aliases,
wikidata, parent, affiliation, and optionally standing). A user's own table can be passed instead or in
addition. An alias written with a leading ``~`` is contextual: a common word that names the entity only in an
article that also names it another way (日产 is "daily output" until 日产汽车 or Nissan appears).
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

from kg.entities.lexicon import EN_COMMON_WORD_NAMES, ZH_NAME_EXTENSIONS
from kg.errors import GoldError
from kg.model import Entity, EntityKind
from kg.normalize import fold

COLUMNS = ("id", "kind", "zh_hans", "zh_hant", "en", "aliases", "wikidata", "parent", "affiliation")
# Optional: "subsidiary" marks a child that is a company in its own right (鸿华先进 of 鸿海), whose claims
# stay its own; without it a child is a unit (阿里云 of 阿里巴巴), whose claims are its parent's.
OPTIONAL_COLUMNS = ("standing",)
_EXTENSIONS = tuple(sorted({fold(e) for e in ZH_NAME_EXTENSIONS}, key=len, reverse=True))
LABEL_COLUMNS = {"zh_hans": "zh-Hans", "zh_hant": "zh-Hant", "en": "en"}


@dataclass(slots=True)
class Gazetteer:
    """Entities by id, and every folded surface form → entity id."""

    entities: dict[str, Entity] = field(default_factory=dict)
    by_alias: dict[str, str] = field(default_factory=dict)
    by_stem: dict[str, dict[str, str]] = field(default_factory=dict)  # 吉利 → {geely: 吉利汽车}
    contextual: dict[str, str] = field(default_factory=dict)  # contextual alias → entity id (see module doc)

    def add(self, entity: Entity) -> None:
        """Add an entity and its labels and aliases; the first entity to claim an alias keeps it."""
        self.entities[entity.id] = entity
        for name in self.names_of(entity):
            key = fold(name)
            self.by_alias.setdefault(key, entity.id)
            for ext in _EXTENSIONS:
                if key.endswith(ext) and len(key) - len(ext) >= 2:
                    self.by_stem.setdefault(key[: -len(ext)], {}).setdefault(entity.id, name)
        for name in entity.contextual:
            self.contextual.setdefault(name, entity.id)

    def shortened(self, name: str) -> tuple[Entity, str] | None:
        """The one entity with a name that is `name` plus an industry word (吉利 → 吉利汽车), and that
        name; None when there is none, or more than one."""
        found = self.by_stem.get(fold(name), {})
        if len(found) != 1:
            return None
        (eid, full), = found.items()
        return self.entities[eid], full

    @staticmethod
    def names_of(entity: Entity) -> list[str]:
        """Every spelling of an entity: its labels and aliases."""
        return [n for n in (*entity.labels.values(), *sorted(entity.aliases)) if n]

    def lookup(self, name: str) -> Entity | None:
        """The entity a surface form names, compared after folding (case, width, script)."""
        eid = self.by_alias.get(fold(name))
        return self.entities.get(eid) if eid else None

    def surface_forms(self) -> dict[str, str]:
        """Spelling → entity id, for building a matcher."""
        return {name: e.id for e in self.entities.values() for name in self.names_of(e)}


_LEGAL_ENDING = re.compile(
    r",?\s(?:Inc\.?|Incorporated|Corp\.?|Corporation|Co\.,? Ltd\.?|Co\.|Ltd\.?|Limited|plc|PLC|LLC|AG|SE|SA|S\.A\.|"
    r"NV|N\.V\.|Oyj|ASA|AB|GmbH|K\.K\.|S\.p\.A\.)$"
)


def _without_legal_endings(names: tuple[str, ...]) -> frozenset[str]:
    """English names without their legal ending (Stripe of Stripe Inc.), as news writes them, unless
    that leaves a common word (Target, Shell, Sea) or a dangling "&" (Merck &).

    >>> sorted(_without_legal_endings(("Stripe Inc.", "Shell plc", "Merck & Co.", "Li Ning Co.")))
    ['Li Ning', 'Stripe']
    """
    out = set()
    for name in names:
        if name.isascii() and (m := _LEGAL_ENDING.search(name)):
            core = name[: m.start()].strip()
            if (len(core) >= 3 or (len(core) == 2 and core.isupper())) and not core.endswith("&") and core.lower() not in EN_COMMON_WORD_NAMES:
                out.add(core)
    return frozenset(out)


def read_tsv(path: Path) -> list[Entity]:
    """Entities from one gazetteer TSV; a missing column is a GoldError naming the file."""
    with open(path, encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
        missing = set(COLUMNS) - set(reader.fieldnames or ())
        if missing:
            raise GoldError(f"{path}: gazetteer is missing columns {sorted(missing)}; expected {COLUMNS}")
        out = []
        for row in reader:
            if not (row["id"] or "").strip():
                continue
            labels = {tag: row[col].strip() for col, tag in LABEL_COLUMNS.items() if (row[col] or "").strip()}
            names = [a.strip() for a in (row["aliases"] or "").split("|") if a.strip()]
            aliases = frozenset(a for a in names if not a.startswith("~"))
            aliases |= _without_legal_endings((labels.get("en", ""), *aliases))
            contextual = frozenset(a[1:].strip() for a in names if a.startswith("~") and a[1:].strip())
            out.append(Entity(
                id=row["id"].strip(), kind=EntityKind(row["kind"].strip()), labels=labels, aliases=aliases,
                wikidata=(row["wikidata"] or "").strip() or None, parent=(row["parent"] or "").strip() or None,
                affiliation=(row["affiliation"] or "").strip() or None,
                unit=(row.get(OPTIONAL_COLUMNS[0]) or "").strip() != "subsidiary", contextual=contextual,
            ))
        return out


@lru_cache(maxsize=4)
def load_gazetteer(*extra: Path) -> Gazetteer:
    """The bundled gazetteer, plus user tables in `extra` (later tables add, never override)."""
    gaz = Gazetteer()
    bundled = Path(str(resources.files("kg.entities"))) / "data" / "gazetteer.tsv"
    for path in (bundled, *extra):
        if Path(path).exists():
            for entity in read_tsv(Path(path)):
                if entity.id not in gaz.entities:
                    gaz.add(entity)
    return gaz
