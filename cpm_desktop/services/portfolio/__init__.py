"""Clients, projects and the figures that sum them up (KPIs, earned value, overview)."""
