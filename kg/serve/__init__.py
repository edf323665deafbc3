"""`kg serve`: a read-only SPARQL 1.1 Protocol endpoint over the built graph, plus the viewer."""

from kg.serve.server import Server, make_server, serve

__all__ = ["Server", "make_server", "serve"]
