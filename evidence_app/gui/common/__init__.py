"""Parts every window shares: translations (i18n), icons, the sentences for errors
(messages), settings, time formats, dialog helpers, background tasks (tasks), the
GUI-thread garbage collector and the privacy settings that keep Qt's state off disk.
"""
