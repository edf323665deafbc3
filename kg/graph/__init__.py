"""Claims, articles and entities as RDF under the newskg vocabulary."""
