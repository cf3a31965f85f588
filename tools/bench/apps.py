from django.apps import AppConfig


class BenchConfig(AppConfig):
    name = "tools.bench"
    label = "bench"
    # A developers' tool: its strings are not translated (see tools/__init__.py).
    verbose_name = "Benchmark harness"
