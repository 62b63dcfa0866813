"""Service levels of managed-service and support engagements and the values measured."""
