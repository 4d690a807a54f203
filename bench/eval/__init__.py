"""`make eval`: quality figures on labelled text, printed. Never run as a test.

Sections are modules with a `run(options) -> Iterable[str]` function, listed in
`bench.eval.__main__.SECTIONS`; a new kind of figure (plans...) adds a module.
"""
