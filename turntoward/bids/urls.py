from __future__ import annotations

from django.urls import path

from turntoward.bids import views

app_name = "bids"

urlpatterns = [
    path("", views.index, name="index"),
    path("<int:pk>/", views.detail, name="detail"),
    path("<int:pk>/delete/", views.delete, name="delete"),
]
