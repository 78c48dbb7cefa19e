"""Actor mentions, in-article coreference and coding."""
