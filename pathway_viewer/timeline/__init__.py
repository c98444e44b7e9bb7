"""The timeline: steps drawn on a scale of days around the infusion."""
