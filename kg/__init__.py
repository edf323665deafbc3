"""newskg: a knowledge graph of who does business with whom, and who says so, from news."""

__version__ = "0.1.0"
