"""The Opportunities page: follow-on work spotted during delivery, per client."""
