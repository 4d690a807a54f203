"""The check types: one module each (base.py holds what they share and the contract), all listed
in registry.py. Nothing here is imported with the package: low modules (categories) use a few
types without the plan types, which read plans and so sit above them."""
