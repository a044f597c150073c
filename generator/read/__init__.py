"""Read: turn one seed file into an Article, or a skip with its reason."""
