"""Scale benchmark: a corpus maker (bench.corpus) and a runner (bench.run), started by `make bench`."""
