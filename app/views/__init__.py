"""Qt views.  Each takes the object it shows first (usually the Player) and subscribes to its
signals in ``__init__``; none of them knows about the main window."""
