from __future__ import annotations

from django.urls import include, path

from turntoward.config.api import api
from turntoward.core.views import healthz

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    path("api/v1/", api.urls),
    path("accounts/", include("turntoward.accounts.urls")),
    path("", include("turntoward.core.urls")),
]
