"""The project's communication plan (who receives what, how, how often) and escalation path."""
