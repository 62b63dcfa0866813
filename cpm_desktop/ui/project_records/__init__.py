"""Panels of a project's records the Overview embeds: feedback, decisions, lessons, people."""
