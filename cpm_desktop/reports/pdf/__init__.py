"""PDF reports drawn with reportlab in the embedded DejaVu fonts: the change sign-off form."""
