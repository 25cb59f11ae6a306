from __future__ import annotations

from django.urls import URLPattern, URLResolver, path

from turntoward.journal import views

app_name = "journal"

urlpatterns: list[URLPattern | URLResolver] = [
    path("", views.entry_list, name="list"),
    path("write/", views.write, name="write"),
    path("search/", views.search, name="search"),
    path("<int:pk>/", views.detail, name="detail"),
    path("<int:pk>/edit/", views.edit, name="edit"),
    path("<int:pk>/emotions/", views.choose_emotions, name="emotions"),
    path("<int:pk>/share/", views.share, name="share"),
    path("<int:pk>/delete/", views.delete, name="delete"),
]
