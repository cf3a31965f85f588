"""The demo's content loaded part by part, each by a function that takes the
DemoLoader (tools/demo/loader.py) and uses its helpers."""
