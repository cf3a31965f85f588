"""Reading CSP violation reports in the two shapes browsers send:

- `application/csp-report` (the `report-uri` directive): {"csp-report": {"document-uri": ...}}
- `application/reports+json` (the Reporting API, `report-to`): a list of reports, those of
  type "csp-violation" with a "body" of camelCase fields ({"documentURL": ...}).

Anything else, or a body that does not read as one of them, is refused (ValueError).
"""

import json

CSP_REPORT = "application/csp-report"
REPORTS_JSON = "application/reports+json"
CONTENT_TYPES = frozenset({CSP_REPORT, REPORTS_JSON, "application/json"})
MAX_REPORTS = 20  # in one Reporting API delivery

# Our field: the key in a report-uri report, the key in a Reporting API body.
FIELDS = {
    "document_uri": ("document-uri", "documentURL"),
    "blocked_uri": ("blocked-uri", "blockedURL"),
    "effective_directive": ("effective-directive", "effectiveDirective"),
    "source_file": ("source-file", "sourceFile"),
    "line_number": ("line-number", "lineNumber"),
    "column_number": ("column-number", "columnNumber"),
    "disposition": ("disposition", "disposition"),
    "sample": ("script-sample", "sample"),
}
NUMBERS = {"line_number", "column_number"}
MAX_NUMBER = 2**31 - 1


def _value(field: str, raw, max_length: int):
    if raw is None:
        return None if field in NUMBERS else ""
    if field in NUMBERS:
        if isinstance(raw, bool) or not isinstance(raw, int) or not 0 <= raw <= MAX_NUMBER:
            raise ValueError(f"{field} is not a line or column number")
        return raw
    if not isinstance(raw, str):
        raise ValueError(f"{field} is not text")
    return raw[:max_length]


def _report(body: dict, style: int, user_agent: str, lengths: dict) -> dict:
    if not isinstance(body, dict):
        raise ValueError("a report is not an object")
    report = {
        field: _value(field, body.get(keys[style]), lengths.get(field, 0))
        for field, keys in FIELDS.items()
    }
    if not report["effective_directive"] and style == 0:
        # Older browsers name only the violated directive.
        report["effective_directive"] = _value(
            "effective_directive", body.get("violated-directive"), lengths["effective_directive"]
        )
    if not report["document_uri"] or not report["effective_directive"]:
        raise ValueError("a report without its page or directive")
    report["user_agent"] = user_agent[: lengths["user_agent"]]
    return report


def parse_reports(content_type: str, body: bytes, user_agent: str, lengths: dict) -> list[dict]:
    """The reports in a request body, as CspReport field values (texts cut to `lengths`)."""
    if content_type not in CONTENT_TYPES:
        raise ValueError("not a report content type")
    try:
        data = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as error:
        raise ValueError("not JSON") from error
    if isinstance(data, dict) and "csp-report" in data:
        return [_report(data["csp-report"], 0, user_agent, lengths)]
    if isinstance(data, list) and 0 < len(data) <= MAX_REPORTS:
        reports = []
        for item in data:
            if not isinstance(item, dict):
                raise ValueError("a report is not an object")
            if item.get("type") != "csp-violation":
                continue  # other report types (deprecation, ...) are not collected
            agent = item.get("user_agent") if isinstance(item.get("user_agent"), str) else ""
            reports.append(_report(item.get("body"), 1, agent or user_agent, lengths))
        if reports:
            return reports
    raise ValueError("no CSP violation report")
