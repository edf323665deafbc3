"""kg.graph.summary: tallies over the claims, counted as they stream past or again for some keys."""

from __future__ import annotations

import pytest

from kg.graph.store import open_store
from kg.graph.summary import Fact, Keys, Tallies, facts_in, refresh, relationship_key
from kg.graph.vocab import NKG

E = "https://e.org/"
PARTNER, REJECTED = str(NKG.partner), str(NKG.rejected)


def fact(claim: str, s: str, p: str, o: str, article: str, conf: str = "0.80", denied: bool = False,
         sources: tuple[str, ...] = ()) -> Fact:
    return Fact(E + claim, E + s, p, E + o, E + article, conf, denied, tuple(sorted(E + x for x in sources)))


def ntriples(facts: list[Fact]) -> bytes:
    """An article graph holding these claims, as kg.graph.to_rdf writes them."""
    lines = []
    for f in facts:
        c = f"<{f.claim}>"
        lines += [f"{c} <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <{NKG.Claim}> .",
                  f"{c} <http://www.w3.org/1999/02/22-rdf-syntax-ns#subject> <{f.subject}> .",
                  f"{c} <http://www.w3.org/1999/02/22-rdf-syntax-ns#predicate> <{f.relation}> .",
                  f"{c} <http://www.w3.org/1999/02/22-rdf-syntax-ns#object> <{f.object}> .",
                  f"{c} <http://www.w3.org/ns/prov#wasDerivedFrom> <{f.article}> .",
                  f'{c} <{NKG.confidence}> "{f.confidence}"^^<http://www.w3.org/2001/XMLSchema#decimal> .',
                  f"{c} <{NKG.status}> <{NKG.Denied if f.denied else NKG.Reported}> ."]
        lines += [f"{c} <{NKG.reportedBy}> <{src}> ." for src in f.sources]
    return ("\n".join(sorted(lines)) + "\n").encode()


def nodes(data: bytes) -> dict[str, dict[str, set[str]]]:
    """Summary N-Triples → node → predicate local name → objects (quotes and datatypes dropped, numbers
    in canonical form: a store may keep 0.80 as 0.8)."""
    out: dict[str, dict[str, set[str]]] = {}
    for line in data.decode().splitlines():
        s, p, o = line[:-2].split(" ", 2)
        value = o.split('"')[1] if o.startswith('"') else o.strip("<>")
        if o.startswith('"') and "decimal" in o:
            value = f"{float(value):.2f}"
        out.setdefault(s.strip("<>"), {}).setdefault(p.strip("<>").rsplit("#", 1)[-1], set()).add(value)
    return out


def tallied(facts: list[Fact]) -> dict[str, dict[str, set[str]]]:
    t = Tallies(E)
    t.add(facts)
    return nodes(b"".join(t.graphs().values()))


def relationships(found: dict) -> list[dict[str, set[str]]]:
    return [n for n in found.values() if n["type"] == {str(NKG.Relationship)}]


def test_partner_claims_either_way_round_make_one_relationship():
    found = relationships(tallied([fact("c1", "a", PARTNER, "b", "x1"), fact("c2", "b", PARTNER, "a", "x2")]))
    assert len(found) == 1
    assert found[0]["subjectEntity"] == {E + "a"} and found[0]["objectEntity"] == {E + "b"}
    assert found[0]["claimCount"] == {"2"} and found[0]["articleCount"] == {"2"}


def test_a_rejection_keeps_its_direction():
    found = relationships(tallied([fact("c1", "a", REJECTED, "b", "x1"), fact("c2", "b", REJECTED, "a", "x2")]))
    assert len(found) == 2


def test_denied_claims_are_counted_apart_from_what_is_asserted():
    node, = relationships(tallied([fact("c1", "a", PARTNER, "b", "x1", "0.90", denied=True, sources=("reuters",)),
                                   fact("c2", "a", PARTNER, "b", "x2", "0.60", sources=("bloomberg",)),
                                   fact("c3", "a", PARTNER, "b", "x2", "0.70", sources=("bloomberg",))]))
    assert node["claimCount"] == {"3"} and node["deniedCount"] == {"1"}
    assert node["articleCount"] == {"1"} and node["sourceCount"] == {"1"} and node["maxConfidence"] == {"0.70"}
    assert node["supportedBy"] == {E + "c1", E + "c2", E + "c3"}


def test_no_denied_count_when_nothing_is_denied_and_no_confidence_when_all_is():
    plain, = relationships(tallied([fact("c1", "a", PARTNER, "b", "x1")]))
    denied, = relationships(tallied([fact("c1", "a", PARTNER, "b", "x1", denied=True)]))
    assert "deniedCount" not in plain and "maxConfidence" not in denied and denied["articleCount"] == {"0"}


def test_a_source_tally_counts_claims_per_relation():
    found = tallied([fact("c1", "a", PARTNER, "b", "x1", sources=("reuters",)),
                     fact("c2", "a", REJECTED, "c", "x1", sources=("reuters",)),
                     fact("c3", "d", PARTNER, "e", "x2", sources=("reuters", "bloomberg"))])
    tallies = {(next(iter(n["source"])), next(iter(n["relation"]))): n["claimCount"]
               for n in found.values() if n["type"] == {str(NKG.SourceTally)}}
    assert tallies == {(E + "reuters", PARTNER): {"2"}, (E + "reuters", REJECTED): {"1"}, (E + "bloomberg", PARTNER): {"1"}}


def test_relationship_keys_sort_the_ends_of_partner_only():
    assert relationship_key("b", PARTNER, "a") == ("a", PARTNER, "b")
    assert relationship_key("b", REJECTED, "a") == ("b", REJECTED, "a")


@pytest.mark.parametrize("kind", ["memory", "oxigraph"])
def test_facts_read_back_from_a_graph_equal_those_written(kind):
    store = open_store(kind)
    facts = [fact("c1", "a", PARTNER, "b", "x1", sources=("reuters", "bloomberg")), fact("c2", "a", REJECTED, "c", "x1")]
    store.put([(E + "g1", ntriples(facts))])
    assert sorted(facts_in(store, E + "g1"), key=lambda f: f.claim) == facts
    assert sorted(facts_in(store), key=lambda f: f.claim) == facts


@pytest.mark.parametrize("kind", ["memory", "oxigraph"])
def test_refreshing_the_touched_keys_equals_counting_everything_again(kind):
    """An update recounts only the keys the changed article touches, and ends where a full count does."""
    store = open_store(kind)
    one = [fact("c1", "a", PARTNER, "b", "x1", sources=("reuters",)), fact("c2", "a", REJECTED, "c", "x1")]
    two = [fact("c3", "b", PARTNER, "a", "x2", sources=("reuters",)), fact("c4", "d", PARTNER, "e", "x2")]
    store.put([(E + "g1", ntriples(one)), (E + "g2", ntriples(two))])
    full = Tallies(E)
    full.add(one + two)
    store.put(list(full.graphs().items()))

    changed = [fact("c5", "a", PARTNER, "b", "x2", "0.95", sources=("bloomberg",))]  # g2 rewritten: d–e is gone
    touched = Keys.of(facts_in(store, E + "g2"))
    touched |= Keys.of(changed)
    store.put([(E + "g2", ntriples(changed))])
    update = refresh(store, E, touched)
    store.put([(name, data) for name, data in update.items() if data])
    store.remove([name for name, data in update.items() if not data])

    expected = Tallies(E)
    expected.add(one + changed)
    for name in {*update, *expected.graphs()}:
        assert nodes(store.ntriples(name)) == nodes(expected.graphs().get(name, b"")), name
