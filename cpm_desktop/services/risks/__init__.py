"""The risk register: risks, issues and opportunities, their scores and links to tasks."""
