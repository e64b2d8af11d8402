"""The case and its story: choosing a case, naming it, its summary in the person's own
words, and (to come) its journal.
"""
