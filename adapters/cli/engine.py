"""What `coach review` takes from the core, in one place.

Importing this module loads the review engine (rules, language detection, RE2), so
commands import it when they run, never at start-up: `coach --help` and the other
commands do not pay for it."""

from __future__ import annotations

from bot.chat.replies import review_reply
from bot.chat.reply import Reply
from bot.engine.advice import Advice, load_advice
from bot.engine.review import SEVERITY_RANK, DraftProblem, Finding, Review, ReviewContext, review

__all__ = ["SEVERITY_RANK", "Advice", "DraftProblem", "Finding", "Reply", "Review", "ReviewContext",
           "load_advice", "review", "review_reply"]
