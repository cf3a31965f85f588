from django.urls import path

from . import views

urlpatterns = [path("csp-reports/", views.receive, name="csp_reports")]
