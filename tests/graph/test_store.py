"""Both stores keep one named graph per article, replace and remove them as units, answer SPARQL over
their union, and export the same triples; the Oxigraph one writes byte-stable Turtle."""

import subprocess
import sys

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic

from kg.graph.ntriples import TripleSink
from kg.graph.store import MemoryStore, OxigraphStore, open_for_query, open_store

E = "https://e.org/"


def nt(*triples: tuple[str, str, str]) -> bytes:
    sink = TripleSink()
    for s, p, o in triples:
        sink.add((URIRef(E + s), URIRef(E + p), Literal(o)))
    return sink.ntriples()


@pytest.fixture(params=["memory", "oxigraph"])
def store(request, tmp_path):
    return open_store(request.param, tmp_path / "ox" if request.param == "oxigraph" else None, {"e": E})


def count(store, sparql: str) -> int:
    return int(next(iter(store.query(sparql)))[0].value)


def test_put_replaces_a_graph_as_a_unit(store):
    store.put([(E + "g/a", nt(("x", "p", "1"), ("x", "p", "2"))), (E + "g/b", nt(("y", "p", "3")))])
    store.put([(E + "g/a", nt(("x", "p", "9")))])
    assert store.names() == {E + "g/a", E + "g/b"}
    assert {str(o) for o in store.union().objects()} == {"9", "3"}


def test_remove_drops_only_the_named_graphs(store):
    store.put([(E + "g/a", nt(("x", "p", "1"))), (E + "g/b", nt(("x", "p", "1"), ("y", "p", "2")))])
    store.remove([E + "g/b", E + "g/unknown"])
    assert store.names() == {E + "g/a"} and len(store.union()) == 1


def test_sparql_sees_the_union_once_per_triple(store):
    store.put([(E + "g/a", nt(("x", "p", "1"))), (E + "g/b", nt(("x", "p", "1")))])
    assert count(store, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }") == 1
    assert count(store, "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }") == 2
    assert len(store.union()) == 1


def test_the_union_forgets_a_triple_only_when_no_graph_has_it(tmp_path):
    store = OxigraphStore(tmp_path / "ox")
    store.put([(E + "g/a", nt(("x", "p", "1"), ("y", "p", "2"))), (E + "g/b", nt(("x", "p", "1")))])
    store.put([(E + "g/a", nt(("z", "p", "3")))])  # drops x and y from a; x is still in b
    assert {str(o) for o in store.union().objects()} == {"1", "3"}
    store.remove([E + "g/b"])
    assert {str(o) for o in store.union().objects()} == {"3"}
    fresh = OxigraphStore(tmp_path / "fresh")
    fresh.bulk = True
    fresh.put([(E + "g/a", nt(("z", "p", "3")))])
    assert sorted(map(str, store.store)) == sorted(map(str, fresh.store))  # default graph and named graphs alike


def test_dumps_agree_across_backends(tmp_path):
    data = [(E + "g/a", nt(("x", "p", "1"), ("x", "q", "é\n\"quoted\""))), (E + "g/b", nt(("x", "p", "1")))]
    mem, ox = MemoryStore(prefixes={"e": E}), OxigraphStore(tmp_path / "ox", {"e": E})
    mem.put(data)
    ox.put(data)
    for fmt, ext in (("turtle", "ttl"), ("nquads", "nq"), ("trig", "trig")):
        a = mem.dump(tmp_path / f"m.{ext}", fmt)
        b = ox.dump(tmp_path / f"o.{ext}", fmt)
        if fmt == "turtle":
            ga, gb = Graph().parse(a), Graph().parse(b)
            assert isomorphic(ga, gb) and len(ga) == 2
        else:
            assert sorted(a.read_bytes().splitlines()) == sorted(b.read_bytes().splitlines()) or fmt == "trig"


def test_oxigraph_turtle_is_the_same_bytes_in_another_process(tmp_path):
    script = (
        "import sys; from tests.graph.test_store import nt, E; from kg.graph.store import OxigraphStore\n"
        "s = OxigraphStore(sys.argv[1], {'e': E})\n"
        "s.put([(E + f'g/{i}', nt((f'x{i % 7}', 'p', str(i)), ('z', 'q', str(i % 3)))) for i in range(200)])\n"
        "s.dump(sys.argv[2], 'turtle')\n"
    )
    for i, seed in enumerate(("1", "2")):
        subprocess.run([sys.executable, "-c", script, str(tmp_path / f"s{i}"), str(tmp_path / f"{i}.ttl")],
                       check=True, env={"PYTHONHASHSEED": seed, "PATH": ""}, cwd=str(__import__("pathlib").Path(__file__).parents[2]))
    assert (tmp_path / "0.ttl").read_bytes() == (tmp_path / "1.ttl").read_bytes()


def test_a_store_folder_is_queried_in_place_read_only(tmp_path):
    home = tmp_path / "store"
    writer = OxigraphStore(home / "oxigraph", {"e": E})
    writer.put([(E + "g/a", nt(("x", "p", "1")))])
    writer.close()
    reader = open_for_query(home)
    assert count(reader, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }") == 1
    with pytest.raises((OSError, RuntimeError)):
        reader.store.update("INSERT DATA { <a:b> <a:c> <a:d> }")
