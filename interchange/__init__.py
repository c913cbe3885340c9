"""Work orders in and out of the interchange format (CSV or XLSX, docs/RULES.md).

- format.py: the columns, reading a file and parsing/formatting one row
- importer.py: `flask import-orders`, all or nothing, idempotent
- exporter.py: `flask export-orders`
- bulk.py: fast multi-row inserts (COPY on PostgreSQL), shared with bench/generate.py
"""
