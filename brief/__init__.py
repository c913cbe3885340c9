"""The quarterly brief (工作专报).

- content.py: what goes into it (figures, notes, case texts) and its freezing on issue
- page.py: what the brief page saves (notes, header fields, case texts)
- render.py: HTML and PDF (WeasyPrint) from the template in templates/brief/
- docx_export.py: the same content as .docx for staff who edit in WPS or Word
- files.py: the PDF a job renders into BRIEF_DIR, the file a command writes
- fonts.py: which official faces are installed, and the fallbacks
"""
