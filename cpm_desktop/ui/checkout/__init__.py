"""Check-out for offline work in the window (MS Project Server's check-out/check-in): File ›
Check Out for Offline Work…, Check In to Team Server… and Release Check-Out… over
`services/checkout.py`, and what the header and the banner say meanwhile.

These are workspace-level operations, like Save a Copy: none of them is an undoable edit.
"""
