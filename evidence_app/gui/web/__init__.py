"""Web evidence: the capture browser and the actions on a web item (re-check, open)."""
