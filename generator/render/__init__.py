"""Render: the site model becomes page texts (Markdown, JSON, config); nothing is written here."""
