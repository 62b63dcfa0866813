"""The Deliverables page: what the project hands the client and its acceptance."""
