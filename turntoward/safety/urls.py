from __future__ import annotations

from django.urls import path

from turntoward.safety import views

app_name = "safety"

urlpatterns = [
    path("", views.help_page, name="help"),
    path("records/<int:pk>/delete/", views.event_delete, name="event_delete"),
    path("records/delete/", views.events_clear, name="events_clear"),
]
