from __future__ import annotations

from django.urls import include, path

from turntoward.config.api import api
from turntoward.core.views import healthz

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    path("api/v1/", api.urls),
    path("accounts/", include("turntoward.accounts.urls")),
    path("help/", include("turntoward.safety.urls")),
    path("assessments/", include("turntoward.assessments.urls")),
    path("checkin/", include("turntoward.checkins.urls")),
    path("bids/", include("turntoward.bids.urls")),
    path("journal/", include("turntoward.journal.urls")),
    path("insights/", include("turntoward.insights.urls")),
    path("plan/", include("turntoward.plans.urls")),
    path("", include("turntoward.core.urls")),
]
