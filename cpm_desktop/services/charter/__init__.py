"""The charter and statement of work: objectives, scope lines (and the change requests that add
or remove them), SOW versions, and the charter read model."""
