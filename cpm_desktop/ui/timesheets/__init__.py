"""The Timesheets page: actual hours per person per week, typed or imported."""
