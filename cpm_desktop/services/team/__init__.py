"""The team and the money: roles and their rate card, resources, assignments and costs."""
