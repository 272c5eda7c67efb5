"""Field readers: sections into the values of a Candidate. They never import an extractor."""
