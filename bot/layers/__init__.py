"""Admins' advice layers per workspace and channel, merged over the packs and hot-reloaded."""
