from __future__ import annotations

from django.urls import path

from turntoward.assessments import views

app_name = "assessments"

urlpatterns = [
    path("", views.instrument_list, name="list"),
    path("love-styles/together/", views.love_styles_compare, name="compare"),
    path("answers/<int:pk>/", views.take, name="take"),
    path("answers/<int:pk>/all/", views.take_all, name="take_all"),
    path("results/<int:pk>/", views.result_detail, name="result"),
    path("results/<int:pk>/share/", views.result_share, name="share"),
    path("results/<int:pk>/acknowledge/", views.acknowledge, name="acknowledge"),
    path("<slug:instrument_id>/", views.instrument_detail, name="detail"),
    path("<slug:instrument_id>/start/", views.start, name="start"),
    path("<slug:instrument_id>/history/", views.history, name="history"),
]
