"""spaCy loading and annotation; spaCy objects never leave this layer and the extractors."""
