"""The steering-committee pack: a multi-page PDF for the sponsor, one module per section."""
