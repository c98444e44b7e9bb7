"""Dialogs opened by the window: about, problems, schedule dates, clinic settings."""
