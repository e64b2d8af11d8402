"""Capturing evidence: screen and window grabs (screen, portal, window_pick), the
clipboard, imported files, and web pages (the `web` package).

Everything here runs on the GUI thread except `web.capture.store_capture`.
"""
