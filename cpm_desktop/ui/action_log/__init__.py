"""The Actions and Meetings pages: the action log and the steering meetings that set it."""
