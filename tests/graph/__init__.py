"""Tests of the RDF layer: the closed vocabulary against the ontology, and claims → triples."""
