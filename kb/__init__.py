"""知识库: articles the call-takers answer from — search (kb/search.py), saving with
versions and the unit rule (kb/articles.py), import and export (kb/io.py), keeping the
base current (kb/upkeep.py). Rules in docs/RULES.md § Knowledge base."""
