"""Train mode: quizzes, scenarios and grading practice for staff, and their results.

A view like the journey or the timeline: it reads the document and never imports another
view. "Show this step on the map" and the exports are signals the window answers.
"""
