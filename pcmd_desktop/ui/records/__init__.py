"""The generic record screens: field editors, the record form, the windowed list and the
panel that puts a list and its form side by side. Pages compose them per record kind."""
