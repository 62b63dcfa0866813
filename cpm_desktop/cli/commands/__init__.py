"""One module per sub-command, each with `run(args) -> exit code` (parser.py wires them up).

A command imports its services inside `run`, not at the top of its module: the parser imports
every command, and `--help` or a usage error should not load the database layer. It also makes
a command use `services.opening`'s functions as they are when it runs (tests patch them).
"""
