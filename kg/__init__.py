"""kg: news articles in, an RDF knowledge graph of events out.

The pipeline, one module per stage, in the order an article travels:

    read        kg.read        files, folders, stdin -> Article
    normalise   kg.normalise   mojibake, letter forms, diacritics, with an offset map
    analyse     kg.analyse     spaCy pipeline of our own components -> Doc
    extract     kg.extract     Doc -> Mention, Event (frozen dataclasses)
    link        kg.link        mentions -> Entity (knowledge base IRI or minted IRI)
    build RDF   kg.rdf         Article + entities + events -> quads in one named graph
    store       kg.store       Oxigraph on disk, one named graph per article
    merge       kg.merge       one node per real entity and event across articles
    query       kg.query       SPARQL over the store
    export      kg.export      GEXF, GraphML, RDF serialisations, events JSON lines
"""

__version__ = "0.1.0"
