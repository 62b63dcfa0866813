"""Deliverables and their acceptance by the client."""
