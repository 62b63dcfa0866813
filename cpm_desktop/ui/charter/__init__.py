"""The Charter page: objectives, scope, assumptions, constraints, dependencies, the SOW."""
