"""The front door every adapter calls, and the commands it answers."""
