"""The change-request log: requests, their workflow, impact and the sign-off form."""
