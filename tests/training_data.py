"""A second pathway with a training section written for the tests: the knee pathway plus
one authored question and one scenario (not medical content)."""

from __future__ import annotations

from pathlib import Path

KNEE = Path(__file__).parent / "data" / "knee_surgery.yaml"

KNEE_TRAINING = """
training:
  questions:
    - id: knee-physio
      question: Who teaches the exercises to do at home?
      choices: [Physiotherapist, Family doctor]
      answer: Physiotherapist
      explanation: The physiotherapist shows each exercise before you go home.
      step: rehab
      roles: [physio]
  scenarios:
    - id: red-wound
      title: A red wound at home
      summary: A man went home five days after his new knee.
      events:
        - day: 10
          finding: The wound is red and leaks a little.
          question: Where does the journey go?
          choices: [Wound check, Exercises at home]
          answer: Wound check
          explanation: A red or leaking wound is checked before the exercises go on.
          step: wound-problem
        - day: 24
          finding: The wound has healed.
          question: Where does the journey go now?
          choices: [Exercises at home, The operation]
          answer: Exercises at home
          explanation: Once the wound has healed, the exercises at home go on.
          step: rehab
"""


def knee_with_training(folder: Path) -> Path:
    path = folder / "knee_training.yaml"
    path.write_text(KNEE.read_text(encoding="utf-8") + KNEE_TRAINING, encoding="utf-8")
    return path
