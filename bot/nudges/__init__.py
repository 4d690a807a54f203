"""Weekly nudges: schedules, what a nudge says, and sending each one exactly once."""
