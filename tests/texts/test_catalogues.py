"""Every text marked for translation has a finished German and French translation, and no
catalogue keeps a text the code no longer has.

The texts are found as Babel's `pybabel extract` finds them (`_`, `N_`, `ngettext`,
`pgettext`); a failure prints the missing entries in .po form, ready to translate.
"""

from __future__ import annotations

import ast
import functools
import re
from collections import defaultdict
from pathlib import Path

import pytest
from babel.messages.extract import DEFAULT_KEYWORDS, extract_from_dir

import cpm_desktop
from cpm_desktop.domain.locales import LANGUAGES
from cpm_desktop.texts import N_, _, ngettext, pgettext, speaking
from cpm_desktop.texts.catalogues import catalogue_files, read_catalogue

PACKAGE = Path(cpm_desktop.__file__).parent
TRANSLATED = sorted(language for language in LANGUAGES if language != "en")
PLACEHOLDER = re.compile(r"\{[^{}]*\}")
MARKERS = {"_", "N_", "ngettext", "pgettext"}

Key = tuple[str | tuple[str, ...], str | None]  # (msgid or (singular, plural), context)


@functools.cache
def source_texts() -> dict[Key, str]:
    """Every marked text in the package, with the first place it stands."""
    found: dict[Key, str] = {}
    for filename, line, message, _comments, context in extract_from_dir(
        PACKAGE, method_map=[("**.py", "python")], keywords=DEFAULT_KEYWORDS
    ):
        key: Key = (message, context)
        found.setdefault(key, f"{filename}:{line}")
    return found


def test_the_package_marks_texts() -> None:
    """The extraction sees the marked texts (a wrong folder would pass everything below)."""
    texts = source_texts()
    assert (("{count} working day", "{count} working days"), None) in texts


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_marked_text_is_translated(language: str) -> None:
    """German and French have a finished (not fuzzy, not empty) entry for each text."""
    catalogue = read_catalogue(language)
    missing: list[str] = []
    for (message, context), where in sorted(source_texts().items(), key=lambda i: i[1]):
        entry = catalogue.get(message, context=context)
        strings = entry.string if entry is not None else ""
        forms = strings if isinstance(strings, tuple) else (strings,)
        plural_forms = catalogue.num_plurals if isinstance(message, tuple) else 1
        if entry is None or entry.fuzzy or not all(forms) or len(forms) != plural_forms:
            missing.append(_po_entry(message, context, where))
    assert not missing, (
        f"{len(missing)} texts have no {language} translation; add them to a file in "
        f"cpm_desktop/texts/{language}/:\n\n" + "\n".join(missing[:60])
    )


@pytest.mark.parametrize("language", TRANSLATED)
def test_no_catalogue_keeps_a_text_the_code_lost(language: str) -> None:
    """An entry whose English text is no longer in the code is removed, not left to rot."""
    texts = source_texts()
    stale = [
        f"{entry.id!r}"
        for entry in read_catalogue(language)
        if entry.id and (entry.id, entry.context) not in texts
    ]
    assert not stale, f"{language}: entries no longer in the code: {', '.join(stale[:30])}"


@pytest.mark.parametrize("language", TRANSLATED)
def test_a_text_in_two_files_is_translated_alike(language: str) -> None:
    """The .po files of a language may share a text only with the same translation."""
    from babel.messages.pofile import read_po

    seen: dict[Key, set[object]] = defaultdict(set)
    for source in catalogue_files(language):
        with source.open("rb") as stream:
            for entry in read_po(stream, locale=language):
                if entry.id:
                    seen[(entry.id, entry.context)].add(entry.string)
    differing = [repr(key[0]) for key, strings in seen.items() if len(strings) > 1]
    assert not differing, f"{language}: translated differently in two files: {differing}"


@pytest.mark.parametrize("language", TRANSLATED)
def test_translations_keep_the_placeholders(language: str) -> None:
    """A translation names the same {placeholders} as its English text, or formatting fails."""
    wrong: list[str] = []
    for entry in read_catalogue(language):
        if not entry.id:
            continue
        ids = entry.id if isinstance(entry.id, tuple) else (entry.id,)
        strings = entry.string if isinstance(entry.string, tuple) else (entry.string,)
        wanted = set().union(*(set(PLACEHOLDER.findall(text)) for text in ids))
        for text in strings:
            if text and set(PLACEHOLDER.findall(text)) != wanted:
                wrong.append(f"{ids[0]!r} → {text!r}")
    assert not wrong, f"{language}: placeholders differ:\n" + "\n".join(wrong[:30])


def test_marked_texts_are_plain_literals() -> None:
    """`_(f"…")` or `_("a" + b)` would look up a text no catalogue can hold: translate the
    template, then format it."""
    wrong: list[str] = []
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) in MARKERS:
                wrong.extend(
                    f"{path.relative_to(PACKAGE)}:{node.lineno}"
                    for argument in node.args
                    if isinstance(argument, (ast.JoinedStr, ast.BinOp))
                )
    assert not wrong, "texts built before translation: " + ", ".join(wrong)


@pytest.mark.parametrize(
    ("language", "count", "expected"),
    [("de", 1, "1 Arbeitstag"), ("de", 0, "0 Arbeitstage"), ("de", 2, "2 Arbeitstage")]
    + [("fr", 0, "0 jour ouvré"), ("fr", 1, "1 jour ouvré"), ("fr", 2, "2 jours ouvrés")],
)
def test_plurals_follow_the_catalogues_rule(language: str, count: int, expected: str) -> None:
    """German has one form for 1, French for 0 and 1, the other form from 2: every count
    finds its translation, none falls back to English."""
    with speaking(language):
        text = ngettext("{count} working day", "{count} working days", count)
    assert text.format(count=count) == expected


def test_english_is_the_text_itself_and_other_languages_follow_the_locale() -> None:
    """Outside any `speaking`, and in English, a text is its key; a locale speaks inside its
    block only."""
    plural = ("{count} working day", "{count} working days")
    assert _("Executive summary") == "Executive summary"
    assert N_("Executive summary") == "Executive summary"
    assert ngettext(*plural, 2) == "{count} working days"
    with speaking("en_US"):
        assert pgettext("status", "Open") == "Open"
    with speaking("de_CH"):
        german = ngettext(*plural, 2)
    assert german != plural[1]
    assert ngettext(*plural, 2) == plural[1]


def _po_entry(message: str | tuple[str, ...], context: str | None, where: str) -> str:
    lines = [f"#: {where}"]
    if context:
        lines.append(f"msgctxt {_quoted(context)}")
    if isinstance(message, tuple):
        lines += [f"msgid {_quoted(message[0])}", f"msgid_plural {_quoted(message[1])}"]
        lines += ['msgstr[0] ""', 'msgstr[1] ""']
    else:
        lines += [f"msgid {_quoted(message)}", 'msgstr ""']
    return "\n".join(lines) + "\n"


def _quoted(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def test_a_thread_can_speak_a_language_from_now_on() -> None:
    """The window's thread speaks the PM's language outside any `speaking`; an export's
    `speaking` still wins inside its block; another thread keeps the default."""
    import threading

    from cpm_desktop.texts import current_locale, speak_from_now_on

    seen: list[str] = []

    def in_the_window() -> None:
        speak_from_now_on("fr_CH")
        seen.append(ngettext("{count} working day", "{count} working days", 2))
        with speaking("de_DE"):
            seen.append(current_locale())
        seen.append(current_locale())

    thread = threading.Thread(target=in_the_window)
    thread.start()
    thread.join()
    assert seen == ["{count} jours ouvrés", "de_DE", "fr_CH"]
    assert current_locale() == "en_GB"
