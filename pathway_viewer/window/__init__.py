"""The main window, its action table and key map, application start and crash handling; the only opener of dialogs."""
