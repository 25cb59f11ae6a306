"""Journal pages: thin views over the journal's services and selectors."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from turntoward.core.errors import ServiceError
from turntoward.core.feelings import EMOTION_WORDS
from turntoward.journal import forms, selectors, services
from turntoward.journal.models import JournalEntry
from turntoward.journal.prompts import PROMPTS, prompt_at, prompt_by_id
from turntoward.journal.reflections import reflect
from turntoward.safety.services import flash_help

PER_PAGE = 25


def _form_error(form: Any, exc: ServiceError) -> None:
    form.add_error(exc.field if exc.field in form.fields else None, exc.message)


def _prompt_index(request: HttpRequest) -> int:
    try:
        return int(request.GET.get("prompt", ""))
    except ValueError:
        # A different prompt each day until the person asks for another.
        return timezone.localdate().toordinal()


@login_required
def entry_list(request: HttpRequest) -> HttpResponse:
    """List the user's own entries and the ones their partner shared."""
    entries = selectors.journal_entries_visible(user=request.user)
    page = Paginator(entries, PER_PAGE).get_page(request.GET.get("page"))
    context = {"page": page, "search_form": forms.SearchForm()}
    return render(request, "journal/list.html", context)


@login_required
def write(request: HttpRequest) -> HttpResponse:
    """Write a new entry, with one prompt to start from."""
    user: Any = request.user
    position, prompt = prompt_at(_prompt_index(request))
    can_share = user.partner_id is not None
    form = forms.EntryForm(
        request.POST or None, can_share=can_share, initial={"prompt": prompt.id}
    )
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            saved = services.journal_entry_create(
                user=user,
                text=data["text"],
                title=data["title"],
                shared=data.get("shared", False),
                prompt=data["prompt"],
            )
        except ServiceError as exc:
            _form_error(form, exc)
        else:
            flash_help(request, saved.help)
            return redirect(saved.entry)
    if request.method == "POST":
        prompt = prompt_by_id(request.POST.get("prompt", "")) or prompt
    context = {
        "form": form,
        "prompt": prompt,
        "next_prompt": (position + 1) % len(PROMPTS),
        "prompt_number": position + 1,
        "prompt_count": len(PROMPTS),
    }
    return render(request, "journal/write.html", context)


def _reflections(entry: JournalEntry) -> Any:
    return reflect(
        signs=entry.signs,
        self_invalidation=entry.self_invalidation,
        emotions=entry.recognised_emotions,
        chosen=entry.chosen_emotions,
    )


@login_required
def detail(request: HttpRequest, pk: int) -> HttpResponse:
    """Show one entry; to its owner, with reflections and emotion suggestions."""
    entry = selectors.journal_entry_visible(user=request.user, pk=pk)
    mine = entry.owner_id == request.user.pk
    context: dict[str, Any] = {"entry": entry, "mine": mine}
    if mine:
        reflections = _reflections(entry)
        suggested = reflections.suggested
        initial = entry.chosen_emotions if entry.emotions_chosen else suggested
        context.update(
            reflections=reflections,
            emotions_form=forms.EmotionsForm(initial={"emotions": initial}),
            suggested=[(label, EMOTION_WORDS[label]) for label in suggested],
            chosen_words=[EMOTION_WORDS[e] for e in entry.chosen_emotions or []],
        )
    return render(request, "journal/detail.html", context)


@login_required
def edit(request: HttpRequest, pk: int) -> HttpResponse:
    """Change one of the user's own entries."""
    user: Any = request.user
    entry = selectors.journal_entry_owned(user=user, pk=pk)
    initial = {"title": entry.title, "text": entry.text, "shared": entry.shared}
    form = forms.EntryForm(
        request.POST or None, can_share=user.partner_id is not None, initial=initial
    )
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            saved = services.journal_entry_update(
                user=user,
                entry=entry,
                text=data["text"],
                title=data["title"],
                shared=data.get("shared"),
            )
        except ServiceError as exc:
            _form_error(form, exc)
        else:
            flash_help(request, saved.help)
            messages.success(request, "Saved.")
            return redirect(saved.entry)
    return render(request, "journal/edit.html", {"form": form, "entry": entry})


@login_required
@require_POST
def choose_emotions(request: HttpRequest, pk: int) -> HttpResponse:
    """Keep the emotions the owner says fit (accepting or correcting ours)."""
    entry = selectors.journal_entry_owned(user=request.user, pk=pk)
    form = forms.EmotionsForm(request.POST)
    if form.is_valid():
        services.journal_entry_choose_emotions(
            user=request.user,  # type: ignore[arg-type]
            entry=entry,
            emotions=form.cleaned_data["emotions"],
        )
        messages.success(request, "Thank you. Your words are the ones we keep.")
    else:
        messages.error(request, "Those feelings couldn't be saved. Please try again.")
    return redirect(entry)


@login_required
@require_POST
def share(request: HttpRequest, pk: int) -> HttpResponse:
    """Share one entry with the partner, or make it private again."""
    entry = selectors.journal_entry_owned(user=request.user, pk=pk)
    shared = request.POST.get("shared") == "1"
    try:
        services.journal_entry_share(
            user=request.user,  # type: ignore[arg-type]
            entry=entry,
            shared=shared,
        )
    except ServiceError as exc:
        messages.error(request, exc.message)
    else:
        messages.success(
            request,
            "Shared with your partner, read-only."
            if shared
            else "This entry is private again.",
        )
    return redirect(entry)


@login_required
def delete(request: HttpRequest, pk: int) -> HttpResponse:
    """Ask once, then delete one of the user's own entries."""
    entry = selectors.journal_entry_owned(user=request.user, pk=pk)
    if request.method == "POST":
        services.journal_entry_delete(user=request.user, entry=entry)  # type: ignore[arg-type]
        messages.success(request, "The entry is deleted.")
        return redirect("journal:list")
    return render(request, "journal/delete.html", {"entry": entry})


@login_required
def search(request: HttpRequest) -> HttpResponse:
    """Search the user's own entries."""
    form = forms.SearchForm(request.GET or None)
    query = form.cleaned_data["q"] if form.is_valid() else ""
    results = selectors.journal_search(user=request.user, query=query)
    found = [(entry, selectors.excerpt(entry.text, query)) for entry in results]
    context = {"form": form, "query": query, "found": found}
    return render(request, "journal/search.html", context)
