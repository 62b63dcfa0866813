"""Pieces the record tables share: risks and change requests (and the task table's constants)."""
