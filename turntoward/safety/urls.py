from __future__ import annotations

from django.urls import path

from turntoward.safety import views

app_name = "safety"

urlpatterns = [
    path("", views.help_page, name="help"),
    path("records/<int:pk>/delete/", views.event_delete, name="event_delete"),
    path("records/delete/", views.events_clear, name="events_clear"),
    path("check/", views.screen, name="screen"),
    path("check/answer/", views.screen_result, name="screen_result"),
    path("check/go-on/", views.screen_insist, name="screen_insist"),
    path("check/delete/", views.screen_delete, name="screen_delete"),
    path("settings/", views.settings_page, name="settings"),
    path("unlock/", views.unlock, name="unlock"),
    path("plan/", views.plan_page, name="plan"),
    path("plan/delete/", views.plan_delete, name="plan_delete"),
]
