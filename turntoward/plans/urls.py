from __future__ import annotations

from django.urls import URLPattern, URLResolver, path

from turntoward.plans.views import help, plan, tools

app_name = "plans"

urlpatterns: list[URLPattern | URLResolver] = [
    path("", plan.plan_page, name="plan"),
    path("steps/<slug:step>/", plan.step_update, name="step"),
    path("reset/", plan.plan_reset, name="reset"),
    path("coach/message/", plan.message_coach, name="message_coach"),
    path("coach/empathy/", plan.empathy_coach, name="empathy_coach"),
    path("coach/empathy/<slug:scenario>/", plan.practice, name="practice"),
    path("needs/", tools.needs, name="needs"),
    path("needs/review/", tools.needs_review, name="needs_review"),
    path("needs/<int:pk>/respond/", tools.need_respond, name="need_respond"),
    path("love/", tools.love, name="love"),
    path("love/ideas/", tools.love_add_idea, name="love_idea"),
    path("love/<int:pk>/done/", tools.love_done, name="love_done"),
    path("kit/", tools.kit, name="kit"),
    path("boundaries/", tools.boundaries, name="boundaries"),
    path("boundaries/<int:pk>/record/", tools.boundary_record, name="boundary_record"),
    path("presence/", tools.presence, name="presence"),
    path("presence/log/", tools.presence_log, name="presence_log"),
    path("decide/", help.decide, name="decide"),
    path("help/", help.professional_help, name="professional_help"),
    path("help/summary/", help.summary, name="summary"),
    path("help/summary.pdf", help.summary_pdf, name="summary_pdf"),
    path("items/<slug:kind>/add/", tools.item_add, name="item_add"),
    path("items/<slug:kind>/<int:pk>/edit/", tools.item_edit, name="item_edit"),
    path("items/<slug:kind>/<int:pk>/share/", tools.item_share, name="item_share"),
    path("items/<slug:kind>/<int:pk>/delete/", tools.item_delete, name="item_delete"),
]
