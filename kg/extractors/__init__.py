"""Extractors as a registry: a new relation or cue type is a new module that registers itself.

Built-ins register on import below; third-party extractors join through the "kg.extractors"
entry-point group. `DEFAULT_EXTRACTORS` is the order the pipeline runs them in.
"""

from kg.registry import Registry

extractors: Registry = Registry("kg.extractors")

DEFAULT_EXTRACTORS = ("partner", "evaluated", "rejected", "partner-model", "attribution", "status")

from kg.extractors import attribution, evaluated, pair_model, partner, rejected, status  # noqa: E402,F401
