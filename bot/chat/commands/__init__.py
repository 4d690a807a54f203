"""One module per chat command."""
