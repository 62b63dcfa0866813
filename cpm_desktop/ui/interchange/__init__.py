"""File > Import… and File > Export: other planners' files, off the GUI thread."""
