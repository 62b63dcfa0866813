"""Text and JSON renderings of the commands' read models: plain values in, a string out.

Their layout is a contract (README, 'Command line'): scripts read the JSON, people the tables.
A JSON change that breaks a reader takes a new `JSON_FORMAT_VERSION`.
"""
