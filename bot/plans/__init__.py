"""Plan review: a marketing plan and its calendar in, a checklist, a mix and a score out."""
