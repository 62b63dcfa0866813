"""Opportunities: follow-on work spotted during delivery, the client's pipeline.

They are the supplier's own business: no client export (workbook, pack) ever shows them.
"""
