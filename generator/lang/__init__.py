"""Language rules, per script and per language, in one place.

Adding a language means adding entries to the tables in this package; nothing outside it
branches on a language code.
"""
