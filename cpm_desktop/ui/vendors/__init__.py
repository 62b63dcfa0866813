"""The Vendors page: purchase orders, what they cover, invoices, remaining commitment."""
