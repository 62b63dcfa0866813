"""The Communication page: who receives what, how often, and the escalation path."""
