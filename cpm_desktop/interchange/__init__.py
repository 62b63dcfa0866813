"""Reading and writing other planners' files: MS Project XML, GanttProject, GNOME Planner.

Pure: parsers turn bytes into the plain dataclasses of `model`, writers turn them into bytes.
The services put them into (or take them out of) a workspace.
"""
