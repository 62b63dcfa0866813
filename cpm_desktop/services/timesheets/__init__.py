"""Actual hours: the weekly timesheet of each person on each task, typed or imported."""
