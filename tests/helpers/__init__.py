"""What several test modules share: values, classes and builders, one topic a module.

Test modules and conftest files import from here, never from each other
(`tests/unit/test_suite_rules.py` checks it); fixtures that several folders
use are made in `tests/conftest.py` from these builders.
"""
