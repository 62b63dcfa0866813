"""The calendar editor: working weekdays, holidays and worked exceptions, .ics import."""
