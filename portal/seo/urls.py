"""Included at the site root, outside the language prefix."""

from django.urls import path

from . import views
from .security_txt import security_txt

urlpatterns = [
    path("sitemap.xml", views.sitemap, name="sitemap"),
    path("sitemap-<int:number>.xml", views.sitemap_section, name="sitemap_section"),
    path("robots.txt", views.robots_txt, name="robots_txt"),
    path(".well-known/security.txt", security_txt, name="security_txt"),
]
