"""Workload: resource usage by week, over-allocation, utilisation and resource levelling."""
