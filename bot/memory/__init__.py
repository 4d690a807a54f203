"""Team memory: the SQLite store, what it records, and the reports read from it."""
