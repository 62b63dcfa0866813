"""The Workload page: hours per person per week, over-allocation, utilisation, levelling."""
