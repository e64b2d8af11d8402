"""Capturing evidence: screen and window grabs, imports and web pages.

The web capture lives in the `web_*` modules: `web_engine` (the private
browser profile and QtWebEngine's start-up), `web_load` (loading a page and
what the load showed), `web_shot` (viewport and full-page images),
`web_archive` (the MHTML page archive), `web_stamp` (the stamped copy),
`web_capture` (one capture, and storing it) and `web_recheck` (is it still online?).
Everything here runs on the GUI thread except `web_capture.store_capture`.
"""
