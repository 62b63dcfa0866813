"""The project's records: decisions, feedback, lessons, billing, status reports, pack settings."""
