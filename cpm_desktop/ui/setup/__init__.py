"""Setting up clients and projects: the New Client/New Project dialogs and their Properties."""
