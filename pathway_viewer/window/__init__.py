"""The main window, its action table (window-wide shortcuts), menus, application start and crash
handling. The only package that opens dialogs."""
