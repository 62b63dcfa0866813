"""The Risks tab: the register as a table, a 5×5 heat map and the selected entry's details."""
