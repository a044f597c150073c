"""Curated knowledge: the entity registry in seeds/knowledge/, loaded and validated."""
