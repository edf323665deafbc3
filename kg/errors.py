"""Errors newskg raises on purpose. Each message names the file or the fix.

    KgError
    ├── LoadError        a file could not be read as an article (becomes a Skipped, never fatal)
    ├── RegistryError    an unknown or duplicate extractor / exporter name
    ├── QueryError       a SPARQL query that does not parse or names an unknown named query
    └── GoldError        a gold or entities TSV that does not follow the documented format
"""


class KgError(Exception):
    """Base class of every error newskg raises on purpose."""


class LoadError(KgError):
    """A file could not be read as an article: not UTF-8, bad YAML, empty, binary."""


class RegistryError(KgError):
    """An extension-point lookup failed, or a name was registered twice."""


class QueryError(KgError):
    """A SPARQL query failed to parse or run, or a named query does not exist."""


class GoldError(KgError):
    """A gold file is missing a column or is not tab-separated."""
