"""The action log (the A of RAID) and the steering meetings that set many of its actions."""
