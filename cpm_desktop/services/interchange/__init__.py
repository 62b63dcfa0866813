"""Plans in and out of the workspace: MS Project, GanttProject and Planner files."""
