"""JSON-LD exporter: `graph.jsonld`, compacted under a small fixed `@context`, byte-stable.

rdflib's JSON-LD serializer lists nodes and values in store order, which depends on the order
triples were added; `to_jsonld` sorts every unordered array (nodes by `@id`, values by their
JSON text), leaves `@list` arrays alone, and writes keys sorted.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from rdflib import Graph
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SKOS

from kg.exporters import exporters
from kg.graph.store import GraphStore
from kg.graph.vocab import NKG, PROV
from kg.io import write_text
from kg.model import BuildResult

FILENAME = "graph.jsonld"

CONTEXT: dict[str, str] = {
    "nkg": str(NKG._NS),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "skos": str(SKOS),
    "prov": str(PROV),
    "dcterms": str(DCTERMS),
    "owl": str(OWL),
    "xsd": "http://www.w3.org/2001/XMLSchema#",  # a literal: importing XSD warns under doctest
}
"""Prefixes only: every IRI is compacted to a CURIE, no term is renamed, values keep their types."""


def to_jsonld(graph: Graph, context: dict[str, str] | None = None) -> str:
    """The graph as deterministic, compacted JSON-LD text.

    >>> from rdflib import Graph, Literal, URIRef
    >>> from rdflib.namespace import RDFS
    >>> from kg.graph.vocab import NKG
    >>> g = Graph()
    >>> apple = URIRef("https://example.org/apple")
    >>> _ = g.add((apple, RDFS.label, Literal("Apple", lang="en")))
    >>> _ = g.add((apple, RDFS.label, Literal("苹果", lang="zh-Hans")))
    >>> _ = g.add((apple, NKG.partner, URIRef("https://example.org/alibaba")))
    >>> print(to_jsonld(g))  # doctest: +ELLIPSIS
    {
      "@context": {
        "dcterms": "http://purl.org/dc/terms/",
        ...
      },
      "@graph": [
        {
          "@id": "https://example.org/apple",
          "nkg:partner": {
            "@id": "https://example.org/alibaba"
          },
          "rdfs:label": [
            {
              "@language": "en",
              "@value": "Apple"
            },
            {
              "@language": "zh-Hans",
              "@value": "苹果"
            }
          ]
        }
      ]
    }
    """
    context = dict(CONTEXT if context is None else context)
    text = graph.serialize(format="json-ld", context=context, auto_compact=False)
    doc = json.loads(text)
    if "@graph" not in doc:  # one node (or none) comes back unwrapped: wrap it for a fixed shape
        node = {k: v for k, v in doc.items() if k != "@context"}
        doc = {"@context": doc.get("@context", context), "@graph": [node] if node else []}
    doc["@graph"] = sorted((_canonical(n) for n in doc["@graph"]), key=_node_key)
    return json.dumps(doc, ensure_ascii=False, indent=2, sort_keys=True)


@exporters.register("jsonld")
def export_jsonld(store: GraphStore, out_dir: Path, result: BuildResult) -> Path:
    """Write `out_dir/graph.jsonld` atomically; returns its path.

    >>> import tempfile
    >>> from pathlib import Path
    >>> from kg.graph.store import open_store
    >>> from kg.model import BuildResult
    >>> export_jsonld(open_store("memory"), Path(tempfile.mkdtemp()), BuildResult()).name
    'graph.jsonld'
    """
    return write_text(Path(out_dir) / FILENAME, to_jsonld(store.union()) + "\n")


def _canonical(value: Any, key: str = "") -> Any:
    """Sort every array except `@list` contents, recursively."""
    if isinstance(value, dict):
        return {k: _canonical(v, k) for k, v in value.items()}
    if isinstance(value, list):
        items = [_canonical(v) for v in value]
        return items if key == "@list" else sorted(items, key=_json_key)
    return value


def _node_key(node: dict[str, Any]) -> tuple[str, str]:
    return (str(node.get("@id", "")), _json_key(node))


def _json_key(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)
