"""Tools for developers, not part of the product: the demo content (`demo`), the
benchmark harness (`bench`) and support for the tests (`testing`). Installed with the
project, added to INSTALLED_APPS only by the development and test settings."""
