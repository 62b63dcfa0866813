"""The client workbook: writing it, and reading back the edits the client returns."""
