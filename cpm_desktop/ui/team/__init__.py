"""The Team tab: resources, the rate card, workload, timesheets and vendors."""
