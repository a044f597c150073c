"""Annotate: ordered stages over one article at a time (sentences, mentions, name candidates)."""
