"""Reading a plan: its prose, its content calendar, its statements."""
