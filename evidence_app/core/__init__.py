"""The Qt-free domain: items, cases, time, hashing, the audit chain and the services."""
