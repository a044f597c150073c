"""Read: turn one seed file into an Article, or a skip with its reason (reader.py); then, across
seeds, merge duplicate articles and keep article ids apart (duplicates.py)."""
