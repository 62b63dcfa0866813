"""Reports: plain content rendered into files for the client (PDF now); no database, no Qt."""
