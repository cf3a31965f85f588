"""Abstract illustrations for the demo, drawn with Pillow: no photographs of real
people, nothing to download, and the same pixels on every run."""

import io
import math
import random

from PIL import Image, ImageColor, ImageDraw

WIDTH, HEIGHT = 1600, 900


def _gradient(top: str, bottom: str) -> Image.Image:
    mask = Image.linear_gradient("L").resize((WIDTH, HEIGHT))
    return Image.composite(
        Image.new("RGB", (WIDTH, HEIGHT), ImageColor.getrgb(bottom)),
        Image.new("RGB", (WIDTH, HEIGHT), ImageColor.getrgb(top)),
        mask,
    )


def _rgba(color: str, alpha: int) -> tuple[int, int, int, int]:
    return (*ImageColor.getrgb(color), alpha)


def draw_illustration(palette: tuple[str, str, str], seed: int, style: str) -> Image.Image:
    """A gradient with ridges, bands, circles, stripes or a grid in `palette`."""
    dark, mid, light = palette
    rng = random.Random(seed)
    image = _gradient(light, mid).convert("RGBA")
    overlay = Image.new("RGBA", image.size)
    draw = ImageDraw.Draw(overlay)
    if style == "stripes":
        for n in range(9):
            x = n * 220 - 400 + rng.randint(-40, 40)
            color = dark if n % 2 else mid
            draw.polygon(
                [(x, HEIGHT), (x + 160, HEIGHT), (x + 760, 0), (x + 600, 0)], fill=_rgba(color, 150)
            )
    elif style in ("ridges", "sun"):
        sun = light if style == "ridges" else "#f2a900"
        draw.ellipse((1100, 140, 1360, 400), fill=_rgba(sun, 230))
        for layer in range(4):
            base = 430 + layer * 120
            points = [(0, HEIGHT)]
            points += [(x, base - rng.randint(0, 180)) for x in range(0, WIDTH + 200, 200)]
            points.append((WIDTH, HEIGHT))
            draw.polygon(points, fill=_rgba(dark if layer % 2 else mid, 110 + layer * 35))
    elif style == "bands":
        for n in range(6):
            y = 120 + n * 140
            points = [(x, y + 60 * math.sin(x / 260 + n + seed)) for x in range(0, WIDTH + 40, 40)]
            lower = [(x, py + 70) for x, py in reversed(points)]
            draw.polygon(points + lower, fill=_rgba(dark if n % 2 else light, 140))
    elif style == "grid":
        for col in range(8):
            for row in range(5):
                if rng.random() < 0.7:
                    x, y = col * 200 + 20, row * 180 + 20
                    color = rng.choice([dark, mid, light])
                    draw.rectangle(
                        (x, y, x + 160, y + 140), fill=_rgba(color, rng.randint(110, 200))
                    )
    else:  # circles
        for _ in range(14):
            r = rng.randint(70, 260)
            x, y = rng.randint(0, WIDTH), rng.randint(0, HEIGHT)
            color = rng.choice([dark, mid, light])
            draw.ellipse((x - r, y - r, x + r, y + r), fill=_rgba(color, rng.randint(90, 170)))
    return Image.alpha_composite(image, overlay).convert("RGB")


def illustration_jpeg(palette: tuple[str, str, str], seed: int, style: str) -> bytes:
    buffer = io.BytesIO()
    draw_illustration(palette, seed, style).save(buffer, "JPEG", quality=82, optimize=True)
    return buffer.getvalue()
