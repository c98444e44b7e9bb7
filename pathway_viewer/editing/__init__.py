"""Editing a pathway: the edit session (the YAML text is the source of truth while editing,
so saving keeps comments), undo commands on a QUndoStack, the recovery copy, the step
form and the problems list. Stands on ``core`` and ``models``; the window hooks it in."""
