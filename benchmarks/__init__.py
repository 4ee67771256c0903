"""Performance benchmarks (`make bench`), outside the wheel: they write docs/performance.md."""
