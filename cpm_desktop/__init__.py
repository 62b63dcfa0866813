"""CPM Desktop: an offline workspace for client project managers."""

__version__ = "0.1.0"
APP_NAME = "CPM Desktop"
