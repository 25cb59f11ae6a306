from __future__ import annotations

from django.urls import path

from turntoward.accounts import views

app_name = "accounts"

urlpatterns = [
    path("signup/", views.signup, name="signup"),
    path("login/", views.LoginView.as_view(), name="login"),
    path("logout/", views.logout_view, name="logout"),
    path("quick-exit/", views.quick_exit, name="quick_exit"),
    path("welcome/privacy/", views.privacy_notice, name="privacy"),
    path("welcome/about-you/", views.about_you, name="about_you"),
    path("settings/", views.settings_page, name="settings"),
    path("partner/", views.partner_page, name="partner"),
    path("export/", views.export_download, name="export"),
    path("delete/", views.delete_account, name="delete"),
]
