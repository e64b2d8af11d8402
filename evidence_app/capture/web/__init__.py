"""Capturing a web page: loading it in an isolated QtWebEngine profile (engine, load),
the full-page and visible-part images (shot), the stamp with address and time
(stamp), the page archive (archive), the headless browser of the command line
(headless), storing it all as one item (capture), and checking later whether it is
still online (recheck).
"""
