"""`portal nginx_config`: nginx accepts it, serves files with the headers of
`core.security_headers`, refuses /media/documents/, and it is what the docs show."""

import io
import os
import re
import shutil
import ssl
import subprocess
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from django.conf import settings as django_settings
from django.core.management import call_command

from portal.core.security_headers import security_headers
from tools.ports import free_port

NGINX = shutil.which("nginx") or "/usr/sbin/nginx"
needs_nginx = pytest.mark.skipif(not os.path.exists(NGINX), reason="nginx is not installed")
needs_openssl = pytest.mark.skipif(not shutil.which("openssl"), reason="openssl is not installed")
DOCS = Path(django_settings.BASE_DIR) / "docs" / "deployment.md"
DOCS_COMMAND = re.compile(r"^portal nginx_config(?P<args>.*)$", re.M)


@pytest.fixture
def production_hsts(settings):
    settings.SECURE_HSTS_SECONDS = 63072000
    settings.SECURE_HSTS_INCLUDE_SUBDOMAINS = False
    settings.SECURE_HSTS_PRELOAD = False


def printed(*args: str) -> str:
    out = io.StringIO()
    call_command("nginx_config", *args, stdout=out)
    return out.getvalue()


def test_the_documented_configuration_is_the_printed_one(production_hsts):
    text = DOCS.read_text()
    block = re.search(r"```nginx\n(# nginx for Mission Portal.*?)```", text, re.S).group(1)
    command = DOCS_COMMAND.findall(text[: text.index(block)])[-1]  # the one just above
    args = command.split(">")[0].split()
    assert printed(*args) == block


def headers_nginx_adds(config: str, location: str) -> dict[str, str]:
    body = re.search(r"location " + re.escape(location) + r" \{(.*?)\n    \}", config, re.S)
    return dict(re.findall(r'add_header (\S+) "([^"]*)" always;', body.group(1)))


def test_files_get_the_same_headers_as_pages(production_hsts):
    config = printed("--mirror-root", "/srv/mirror", "--server-name", "mission.example.org")
    assert headers_nginx_adds(config, "/static/") == security_headers(https=True)
    assert headers_nginx_adds(config, "/media/") == security_headers(https=True)
    assert headers_nginx_adds(config, "/") == security_headers(https=True, mirror=True)
    assert re.search(r"location /media/documents/ \{\s*return 404;", config)


def make_certificate(folder: Path) -> tuple[Path, Path]:
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1"]
        + ["-subj", "/CN=localhost", "-keyout", str(key), "-out", str(cert)],
        check=True,
        capture_output=True,
    )
    return cert, key


def nginx_main_config(prefix: Path, site: Path) -> Path:
    # Started by root, nginx's workers would run as nobody and could not read tmp_path.
    user = "user root;" if os.geteuid() == 0 else ""
    temp = " ".join(f"{kind}_temp_path {prefix}/{kind};" for kind in ("proxy", "fastcgi"))
    main = prefix / "nginx.conf"
    main.write_text(
        f"{user}\nworker_processes 1;\npid {prefix}/nginx.pid;\n"
        f"error_log {prefix}/error.log warn;\nevents {{ worker_connections 64; }}\n"
        f"http {{ include /etc/nginx/mime.types; access_log off; "
        f"client_body_temp_path {prefix}/body; {temp} "
        f"uwsgi_temp_path {prefix}/uwsgi; scgi_temp_path {prefix}/scgi; include {site}; }}\n"
    )
    return main


def nginx(main: Path, *args: str) -> list[str]:
    return [
        NGINX,
        "-p",
        str(main.parent),
        "-e",
        str(main.parent / "error.log"),
        "-c",
        str(main),
        *args,
    ]


def fetch(url: str):
    context = ssl._create_unverified_context()  # our own throwaway certificate
    try:
        return urllib.request.urlopen(url, context=context, timeout=10)  # noqa: S310
    except urllib.error.HTTPError as error:
        return error


@needs_nginx
@needs_openssl
def test_nginx_accepts_the_configuration_and_sends_the_headers(tmp_path, production_hsts):
    static, media, mirror = tmp_path / "static", tmp_path / "media", tmp_path / "mirror"
    (static / "css").mkdir(parents=True)
    (static / "css" / "portal.css").write_text("body{}")
    (media / "documents").mkdir(parents=True)
    (media / "documents" / "private.pdf").write_bytes(b"%PDF private")
    (media / "images").mkdir()
    (media / "images" / "photo.webp").write_bytes(b"RIFF")
    (mirror / "en").mkdir(parents=True)
    (mirror / "en" / "index.html").write_text("<!doctype html><title>Home</title>")
    (mirror / "_headers").write_text("/*\n")
    cert, key = make_certificate(tmp_path)
    port = free_port()
    site = tmp_path / "portal.conf"
    site.write_text(
        printed(
            "--server-name", "localhost",
            "--upstream", f"127.0.0.1:{free_port()}",
            "--static-root", str(static),
            "--media-root", str(media),
            "--mirror-root", str(mirror),
            "--listen", f"127.0.0.1:{port}",
            "--http-listen", "",
            "--certificate", str(cert),
            "--certificate-key", str(key),
        )
    )  # fmt: skip
    main = nginx_main_config(tmp_path, site)
    tested = subprocess.run(nginx(main, "-t"), capture_output=True, text=True)
    assert tested.returncode == 0, tested.stderr

    # As a daemon, nginx returns once it listens: no waiting needed.
    started = subprocess.run(nginx(main), capture_output=True, text=True)
    assert started.returncode == 0, started.stderr
    try:
        base = f"https://127.0.0.1:{port}"
        for path, mirror_page in [
            ("/static/css/portal.css", False),
            ("/media/images/photo.webp", False),
            ("/en/", True),
        ]:
            response = fetch(base + path)
            assert response.status == 200, path
            for name, value in security_headers(https=True, mirror=mirror_page).items():
                assert response.headers.get_all(name) == [value], (path, name)
        for hidden in ("/media/documents/private.pdf", "/_headers", "/.mirror/manifest.json"):
            assert fetch(base + hidden).status == 404, hidden
    finally:
        subprocess.run(nginx(main, "-s", "stop"), check=True)
