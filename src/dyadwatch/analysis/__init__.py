"""Analysis over stored rows: the cooperation–conflict index, turning points, timelines. Pure functions: they
take rows from the store (or anywhere) and return plain dataclasses; the verbs fetch and pass them."""
