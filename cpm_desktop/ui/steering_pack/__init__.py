"""File > Export > Steering Committee Pack (PDF)…: the export dialog and its pieces."""
