"""The plan: tasks, links, outline, calendars, baselines and the schedule that follows them."""
