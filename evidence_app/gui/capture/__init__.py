"""Capturing the screen: the controller, the region selector and the window picker."""
