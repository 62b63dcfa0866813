"""The Service Levels page: SLAs, their measured values, met or missed, RAG and trend."""
