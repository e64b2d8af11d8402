"""The first start: the setup wizard, its pages and the flow that makes the vault."""
