from __future__ import annotations

from pathlib import Path

from django.apps import AppConfig
from django.core.exceptions import ImproperlyConfigured


def check_instruments(directory: Path | None = None) -> None:
    """Load every instrument data file; a broken one stops start-up, named."""
    from turntoward.assessments.instruments import (
        InstrumentSchemaError,
        load_instruments,
    )

    try:
        load_instruments(directory)
    except InstrumentSchemaError as exc:
        raise ImproperlyConfigured(
            f"Assessment data file {exc.source} is invalid at {exc.field_path}: "
            f"{exc.problem}"
        ) from exc


class AssessmentsConfig(AppConfig):
    name = "turntoward.assessments"
    label = "assessments"
    verbose_name = "Assessments"

    def ready(self) -> None:
        from turntoward.assessments import selectors
        from turntoward.core.registry import register_nav, register_user_data

        check_instruments()
        register_nav(
            "assessments:list",
            label="Assessments",
            order=30,
            description="Calm questions that help name what you are living through.",
        )
        register_user_data(
            "assessments",
            title="Assessments",
            export=selectors.assessments_export,
        )
