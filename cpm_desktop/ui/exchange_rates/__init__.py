"""Edit › Exchange Rates…: the workspace's reporting currency and its dated exchange rates."""
