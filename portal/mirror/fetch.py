"""Rendering one URL of the site into the mirror's folder, as the site answers it
(links are rewritten later, once every URL's file is known)."""

import html as html_lib
import logging
import re
from pathlib import Path
from urllib.parse import unquote

from django.conf import settings
from django.contrib.staticfiles import finders
from django.core.exceptions import SuspiciousFileOperation
from django.core.files.storage import default_storage
from django.template.loader import render_to_string
from django.test import Client
from django.utils import translation

from . import html as markup
from .links import SiteLinks, language_of
from .manifest import Entry
from .middleware import BakeClientHandler
from .output import MirrorFolder
from .paths import UnsafePath, file_for, split_key
from .report import BakeError

logger = logging.getLogger(__name__)

_MAIN = re.compile(r"(<main\b[^>]*>).*?(</main>)", re.S | re.I)
_XML_LINKS = re.compile(r"<(?:loc|link)>\s*([^<\s]+)\s*</(?:loc|link)>")
_ROBOTS_SITEMAP = re.compile(r"^Sitemap:\s*(\S+)", re.M | re.I)


def _search_markup(language: str) -> str:
    return render_to_string(
        "mirror/search_main.html", {"bundle": f"/{language}/pagefind/", "language": language}
    )


class Fetcher:
    """Renders URLs through Django's test client (with the mirror's middleware) and
    copies media and static files, into the folder."""

    def __init__(self, links: SiteLinks, folder: MirrorFolder):
        self.links = links
        self.folder = folder
        self.client = Client(HTTP_HOST=links.host)
        self.client.handler = BakeClientHandler(enforce_csrf_checks=False)

    def fetch(self, key: str) -> tuple[Entry, list[str]]:
        """Fetch one URL into the folder (its file written, nothing recorded); its
        entry and the URL keys it links to. A URL whose file would lie outside the
        folder (or a media or static file outside theirs) is refused, unrequested."""
        try:
            file_for(key)
            entry, links = self._fetch(key)
        except (UnsafePath, SuspiciousFileOperation) as error:
            logger.warning("Not baked, outside the mirror: %s (%s)", key, error)
            return Entry(None, "refused", self.links.page_for(key)), []
        return entry, [self.links.to_key(link, key)[0] for link in links]

    def _get(self, key: str):
        response = self.client.get(key, secure=self.links.secure)
        if getattr(response, "streaming", False):
            body = b"".join(response.streaming_content)
        else:
            body = response.content
        # No response.close() here: the test client has already closed it, and a second
        # close fires request_finished, which closes the database connection.
        return response, body

    def _fetch(self, key: str) -> tuple[Entry, list[str]]:
        path = split_key(key)[0]
        page = self.links.page_for(key)
        if path.startswith(settings.MEDIA_URL):
            return self._copy_media(key, path)
        response, body = self._get(key)
        status = response.status_code
        if 300 <= status < 400:
            target_key = self.links.to_key(response["Location"], key)[0]
            entry = Entry(file_for(key), "redirect", page, target_key or response["Location"])
            return entry, [response["Location"]]
        if status == 404 and path.startswith(settings.STATIC_URL):
            return self._copy_static(key, path)
        if status in (403, 404, 410):
            return Entry(None, "missing", page), []
        if status != 200:
            raise BakeError(f"{key} answered {status}")
        content_type = response.get("Content-Type", "application/octet-stream")
        mime = content_type.split(";")[0].strip().lower()
        relative = file_for(key, content_type)
        kind = "file"
        if path in self.links.search_paths:
            kind = "search"
        elif mime == "text/html":
            kind = "html"
        elif mime == "text/css":
            kind = "css"
        if kind == "search":
            body = self._static_search_page(key, body)
        entry = Entry(relative, kind, page)
        self.folder.write(relative, body)
        text = body.decode("utf-8", "replace") if kind != "file" or "xml" in mime else ""
        if kind in ("html", "search"):
            return entry, markup.find_html_links(text)
        if kind == "css":
            return entry, markup.find_css_links(text)
        if "xml" in mime:
            return entry, [html_lib.unescape(url) for url in _XML_LINKS.findall(text)]
        if mime == "text/plain":
            return entry, _ROBOTS_SITEMAP.findall(text)
        return entry, []

    def _copy_media(self, key: str, path: str) -> tuple[Entry, list[str]]:
        name = unquote(path[len(settings.MEDIA_URL) :])
        if not default_storage.exists(name):
            return Entry(None, "missing"), []
        try:
            with default_storage.open(name) as source:
                data = source.read()
        except (FileNotFoundError, IsADirectoryError, NotADirectoryError):
            return Entry(None, "missing"), []  # a folder (/media/), or gone since
        self.folder.write(file_for(key, ""), data)
        return Entry(file_for(key, ""), "file"), []

    def _copy_static(self, key: str, path: str) -> tuple[Entry, list[str]]:
        found = finders.find(unquote(path[len(settings.STATIC_URL) :]))
        if not found:
            return Entry(None, "missing"), []
        relative = file_for(key, "")
        self.folder.write(relative, Path(found).read_bytes())
        is_css = path.endswith(".css")
        links = markup.find_css_links(Path(found).read_text("utf-8")) if is_css else []
        return Entry(relative, "css" if is_css else "file"), links

    def _static_search_page(self, key: str, body: bytes) -> bytes:
        """The live search page with its results replaced by Pagefind's."""
        language = language_of(key)
        with translation.override(language):
            markup_ = _search_markup(language)
        text = _MAIN.sub(lambda m: m.group(1) + markup_ + m.group(2), body.decode(), count=1)
        return text.encode()
