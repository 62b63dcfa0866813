"""The Governance tab: charter, deliverables, actions, meetings, SLAs, communication and
opportunities, each a page of its own feature package."""
