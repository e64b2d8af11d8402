"""The guide: where to get help, and (to come) the next steps."""
