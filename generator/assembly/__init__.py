"""Cross-article work: merging names, events and stories across the corpus, and the site model."""
