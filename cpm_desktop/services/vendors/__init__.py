"""Vendors: supplier companies, a project's purchase orders, what they cover and their invoices."""
