from __future__ import annotations

from django.urls import path

from turntoward.checkins import views

app_name = "checkins"

urlpatterns = [
    path("", views.today, name="today"),
    path("<int:pk>/", views.detail, name="detail"),
    path("<int:pk>/emotions/", views.emotions, name="emotions"),
]
