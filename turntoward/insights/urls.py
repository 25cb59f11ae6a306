from __future__ import annotations

from django.urls import path

from turntoward.insights import views

app_name = "insights"

urlpatterns = [
    path("", views.dashboard, name="dashboard"),
]
