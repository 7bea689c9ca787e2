"""Article → Reading: entities and actors, quotes and time expressions, as pure functions over spaCy Docs."""
