"""Dossier: turn a folder of raw news articles in any language into a cross-linked static site."""
