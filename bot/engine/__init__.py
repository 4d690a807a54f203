"""The review engine: text in, findings out (rules, check types, advice, review)."""
