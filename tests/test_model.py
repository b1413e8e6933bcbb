"""Tests the answers model: loading TOML and JSON, cleaning, one-line errors, saving."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest

from wizard.core.model import (
    FIELDS,
    SCHEMA,
    Answers,
    AnswersError,
    dumps,
    from_document,
    load,
    save,
)

REQUIRED = {
    "person": {"name": "Maya Okafor", "role": "data engineer"},
    "future": {"doing": "build data platforms", "audience": "scale-ups"},
    "drivers": {"values": ["clarity"]},
    "expertise": {"areas": ["data modelling"]},
    "statement": {"stand_for": "plain words"},
    "offer": {"help": "a data platform"},
}


def doc(**sections: dict[str, object]) -> dict[str, object]:
    """A valid document with the required answers, sections replaced or added by `sections`."""
    body: dict[str, object] = {"schema": 1, "lang": "en"}
    for name, values in REQUIRED.items():
        body[name] = dict(values)
    for name, values in sections.items():
        body.setdefault(name, {})
        body[name].update(values)  # type: ignore[union-attr]
    return body


def toml_text(body: dict[str, object]) -> str:
    import tomli_w

    return tomli_w.dumps(body)


def write(tmp_path: Path, name: str, text: str | bytes) -> Path:
    path = tmp_path / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def error_of(path: Path, *, partial: bool = False) -> str:
    with pytest.raises(AnswersError) as info:
        load(path, partial=partial)
    message = str(info.value)
    assert "\n" not in message, "errors are one line"
    assert message.startswith(f"{path}: "), "errors name the file"
    return message


# --- loading ---------------------------------------------------------------------------------


def test_toml_and_json_load_to_the_same_answers(tmp_path: Path) -> None:
    body = doc(invitation={"recipient": "Saskia"}, person={"premium": True})
    from_toml = load(write(tmp_path, "a.toml", toml_text(body)))
    from_json = load(write(tmp_path, "a.json", json.dumps(body)))
    assert from_toml == from_json
    assert from_toml.text("person.name") == "Maya Okafor"
    assert from_toml.items("drivers.values") == ["clarity"]
    assert from_toml.premium is True
    assert from_toml.text("invitation.recipient") == "Saskia"


def test_json_suffix_is_case_insensitive(tmp_path: Path) -> None:
    assert load(write(tmp_path, "a.JSON", json.dumps(doc()))).lang == "en"


def test_fixture_personas_load(answers_dir: Path) -> None:
    files = sorted(answers_dir.iterdir())
    assert {p.suffix for p in files} == {".toml", ".json"}
    for path in files:
        answers = load(path)
        assert answers.is_complete(), path
        assert path.name.startswith(answers.lang + "-")


def test_text_is_nfc_normalised_on_load(tmp_path: Path) -> None:
    nfd = unicodedata.normalize("NFD", "Zoë Müller")
    assert nfd != "Zoë Müller"
    answers = load(write(tmp_path, "a.json", json.dumps(doc(person={"name": nfd}))))
    assert answers.text("person.name") == "Zoë Müller"
    values = load(write(tmp_path, "b.json", json.dumps(doc(drivers={"values": [nfd]}))))
    assert values.items("drivers.values") == ["Zoë Müller"]


def test_answers_are_trimmed_and_spaces_folded(tmp_path: Path) -> None:
    body = doc(person={"name": "  Maya \t  Okafor \n"}, drivers={"values": ["  clarity  "]})
    answers = load(write(tmp_path, "a.toml", toml_text(body)))
    assert answers.text("person.name") == "Maya Okafor"
    assert answers.items("drivers.values") == ["clarity"]


def test_empty_list_items_are_dropped(tmp_path: Path) -> None:
    body = doc(drivers={"values": ["", "clarity", "   ", "\t", "care"]})
    answers = load(write(tmp_path, "a.toml", toml_text(body)))
    assert answers.items("drivers.values") == ["clarity", "care"]


def test_a_list_of_only_empty_items_is_a_missing_answer(tmp_path: Path) -> None:
    message = error_of(write(tmp_path, "a.toml", toml_text(doc(drivers={"values": ["", " "]}))))
    assert "missing required answer 'drivers.values'" in message


def test_control_characters_and_escapes_are_removed(tmp_path: Path) -> None:
    body = doc(person={"role": "\x1b[31mdata\x1b[0m engineer\x07\u202e"})
    answers = load(write(tmp_path, "a.json", json.dumps(body)))
    assert answers.text("person.role") == "data engineer"


def test_utf8_bom_is_accepted(tmp_path: Path) -> None:
    path = write(tmp_path, "a.toml", b"\xef\xbb\xbf" + toml_text(doc()).encode())
    assert load(path).text("person.name") == "Maya Okafor"


def test_missing_optional_answers_are_empty(tmp_path: Path) -> None:
    answers = load(write(tmp_path, "a.toml", toml_text(doc())))
    assert answers.text("person.organisation") == ""
    assert answers.items("expertise.areas") == ["data modelling"]
    assert answers.premium is False
    assert answers.missing() == []


# --- errors: one line, naming the key and the file ---------------------------------------------


@pytest.mark.parametrize("body, expected", [
    (doc(person={"nmae": "x"}), "unknown key 'person.nmae'"),
    ({**doc(), "persons": {"name": "x"}}, "unknown key 'persons'"),
    ({**doc(), "colour": "blue"}, "unknown key 'colour'"),
    (doc(person={"name": ["Maya"]}), "'person.name' must be a text, not a list"),
    (doc(person={"name": 42}), "'person.name' must be a text, not a number"),
    (doc(person={"name": 4.2}), "'person.name' must be a text, not a number"),
    (doc(person={"name": {"first": "Maya"}}), "'person.name' must be a text, not a table"),
    (doc(person={"name": True}), "'person.name' must be a text, not true/false"),
    (doc(person={"premium": "yes"}), "'person.premium' must be true or false, not a text"),
    (doc(person={"premium": 1}), "'person.premium' must be true or false, not a number"),
    (doc(drivers={"values": "clarity"}), "'drivers.values' must be a list of texts"),
    (doc(drivers={"values": ["clarity", 3]}),
     "'drivers.values' must be a list of texts, not a list"),
    (doc(drivers={"values": {"a": "b"}}), "'drivers.values' must be a list of texts, not a table"),
    ({**doc(), "person": "Maya"}, "'person' must be a table of answers, not a text"),
    ({**doc(), "lang": "xx"}, "unknown language 'xx' in 'lang'"),
    ({**doc(), "lang": 1}, "'lang' must be a text, not a number"),
    ({**doc(), "schema": 2}, "made by a newer version of profile-wizard (schema 2"),
    ({**doc(), "schema": 0}, "'schema' must be 1, not 0"),
    ({**doc(), "schema": "1"}, "'schema' must be a whole number, not a text"),
    ({k: v for k, v in doc().items() if k != "schema"}, "missing 'schema'"),
    ({k: v for k, v in doc().items() if k != "lang"}, "missing required answer 'lang'"),
    (doc(person={"role": ""}), "missing required answer 'person.role'"),
    (doc(offer={"help": "   "}), "missing required answer 'offer.help'"),
], ids=lambda v: v if isinstance(v, str) else "")
@pytest.mark.parametrize("suffix", [".toml", ".json"])
def test_invalid_answers_give_one_line_naming_key_and_file(
        tmp_path: Path, body: dict[str, object], expected: str, suffix: str) -> None:
    text = toml_text(body) if suffix == ".toml" else json.dumps(body)
    message = error_of(write(tmp_path, "answers" + suffix, text))
    assert expected in message


def test_json_null_is_named_null(tmp_path: Path) -> None:
    message = error_of(write(tmp_path, "a.json", json.dumps(doc(person={"name": None}))))
    assert message.endswith("'person.name' must be a text, not null")


def test_every_missing_required_answer_is_counted(tmp_path: Path) -> None:
    message = error_of(write(tmp_path, "a.toml", 'schema = 1\nlang = "en"\n'))
    required = [f.key for f in FIELDS if f.required]
    assert f"missing required answer '{required[0]}'" in message
    assert f"and {len(required) - 1} more" in message
    assert all(key in message for key in required)


@pytest.mark.parametrize("name, content, expected", [
    ("bad.toml", 'schema = 1\nlang = "en"\n[person\n', "not valid TOML"),
    ("bad.toml", 'schema = 1\nlang = "en\n', "not valid TOML"),
    ("bad.json", '{"schema": 1,', "not valid JSON"),
    ("bad.json", '["schema", 1]', "the JSON must be an object"),
    ("bad.json", "", "the file is empty"),
    ("latin1.toml", 'schema = 1\nlang = "en"\n# caf\xe9\n'.encode("latin-1"), "not UTF-8"),
    ("binary.json", b"\x00\xff\xfe\x00", "not UTF-8"),
])
def test_unreadable_files_give_one_line(tmp_path: Path, name: str, content: str | bytes,
                                        expected: str) -> None:
    assert expected in error_of(write(tmp_path, name, content))


def test_syntax_errors_say_where(tmp_path: Path) -> None:
    assert "line 3" in error_of(write(tmp_path, "a.toml", 'schema = 1\nlang = "en"\n[person\n'))
    assert "line 1, column 14" in error_of(write(tmp_path, "a.json", '{"schema": 1,'))


def test_a_directory_is_not_an_answers_file(tmp_path: Path) -> None:
    (tmp_path / "profile.toml").mkdir()
    assert "is a directory" in error_of(tmp_path / "profile.toml")


def test_a_missing_file(tmp_path: Path) -> None:
    assert error_of(tmp_path / "nope.toml").endswith("no such file")


# --- partial answers and Answers.set ------------------------------------------------------------


def test_partial_load_allows_missing_required_answers(tmp_path: Path) -> None:
    path = write(tmp_path, "a.toml", 'schema = 1\nlang = "nl"\n[person]\nname = "Sanne"\n')
    answers = load(path, partial=True)
    assert answers.lang == "nl"
    assert answers.text("person.name") == "Sanne"
    assert answers.missing()[0] == "person.role"
    assert not answers.is_complete()
    assert "missing required answer" in error_of(path)


def test_partial_load_still_refuses_unknown_keys_and_wrong_types(tmp_path: Path) -> None:
    unknown = write(tmp_path, "a.toml", 'schema = 1\nlang = "en"\n[person]\nnaam = "x"\n')
    assert "unknown key 'person.naam'" in error_of(unknown, partial=True)
    wrong = write(tmp_path, "b.toml", 'schema = 1\nlang = "en"\n[person]\nname = 1\n')
    assert "'person.name' must be a text" in error_of(wrong, partial=True)


def test_set_cleans_and_validates() -> None:
    answers = Answers("en")
    answers.set("person.name", "  Zoe\u0308  ")
    assert answers.text("person.name") == "Zoë"
    answers.set("drivers.values", ["a", "", " b "])
    assert answers.items("drivers.values") == ["a", "b"]
    with pytest.raises(AnswersError, match=r"unknown key 'person\.nmae'"):
        answers.set("person.nmae", "x")
    with pytest.raises(AnswersError, match="must be a list of texts"):
        answers.set("expertise.areas", "Python")
    with pytest.raises(AnswersError, match="must be true or false"):
        answers.set("person.premium", "no")  # type: ignore[arg-type]


def test_missing_lists_required_keys_in_catalogue_order() -> None:
    answers = Answers("en")
    assert answers.missing() == [f.key for f in FIELDS if f.required]
    answers.set("person.role", "nurse")
    assert "person.role" not in answers.missing()


def test_copy_is_independent() -> None:
    answers = Answers("en")
    answers.set("drivers.values", ["a"])
    copy = answers.copy()
    copy.values["drivers.values"].append("b")  # type: ignore[union-attr]
    assert answers.items("drivers.values") == ["a"]


# --- saving -----------------------------------------------------------------------------------


def rich_answers() -> Answers:
    answers = from_document(doc(
        person={"name": "Zoë Ørsted-Łukasiewicz 👩‍💻", "premium": True,
                "organisation": "Café \"Noord\""},
        drivers={"values": ["clarity", "😀 fun", "naïveté", "quote's \"double\""]},
        expertise={"areas": ["Python", "日本語"], "proof": "cut costs by 40% — in a year"},
        invitation={"recipient": "Saskia", "context": "we met at PyData\\Amsterdam"},
    ))
    answers.lang = "en"
    return answers


@pytest.mark.parametrize("name", ["out.toml", "out.json"])
def test_save_round_trips(tmp_path: Path, name: str) -> None:
    answers = rich_answers()
    path = tmp_path / name
    save(answers, path)
    assert load(path) == answers
    assert not list(tmp_path.glob(".*.tmp")), "the temporary file is renamed into place"


def test_saved_toml_is_toml_with_schema_first(tmp_path: Path) -> None:
    import tomllib

    path = tmp_path / "out.toml"
    save(rich_answers(), path)
    text = path.read_text(encoding="utf-8")
    assert text.startswith(f"schema = {SCHEMA}\nlang = \"en\"\n")
    assert "Zoë Ørsted-Łukasiewicz 👩‍💻" in text, "Unicode is written as it is, not escaped"
    parsed = tomllib.loads(text)
    assert parsed["drivers"]["values"] == ["clarity", "😀 fun", "naïveté", "quote's \"double\""]
    assert parsed["person"]["premium"] is True


def test_save_leaves_out_empty_answers_and_partial_round_trips(tmp_path: Path) -> None:
    answers = Answers("it")
    answers.set("person.name", "Chiara")
    path = tmp_path / "partial.toml"
    save(answers, path)
    assert tomllib_load(path) == {"schema": 1, "lang": "it", "person": {"name": "Chiara"}}
    assert load(path, partial=True) == answers


def test_save_replaces_an_existing_file(tmp_path: Path) -> None:
    path = tmp_path / "a.toml"
    path.write_text("old", encoding="utf-8")
    save(from_document(doc()), path)
    assert load(path).text("person.name") == "Maya Okafor"


def test_dumps_json_is_the_same_document() -> None:
    answers = rich_answers()
    assert json.loads(dumps(answers, "json")) == answers.to_document()
    assert from_document(json.loads(dumps(answers, "json"))) == answers


def tomllib_load(path: Path) -> dict[str, object]:
    import tomllib

    return tomllib.loads(path.read_text(encoding="utf-8"))


def test_punctuation_alone_is_kept_but_not_an_answer(tmp_path: Path) -> None:
    answers = Answers("en")
    answers.set("future.audience", " , . ")
    assert answers.text("future.audience") == ", ."  # nothing typed is thrown away
    assert "future.audience" in answers.missing()
    answers.set("future.audience", "🚀")
    assert "future.audience" not in answers.missing()
    answers.set("drivers.values", ["...", "-"])
    assert "drivers.values" in answers.missing()
    message = error_of(write(tmp_path, "a.toml", toml_text(doc(offer={"help": "..."}))))
    assert "missing required answer 'offer.help'" in message


# --- docs/answers-file.md stays true ---------------------------------------------------------


DOC = Path(__file__).resolve().parent.parent / "docs" / "answers-file.md"


def _doc_blocks(language: str) -> list[str]:
    import re

    return re.findall(rf"```{language}\n(.*?)```", DOC.read_text(encoding="utf-8"), re.S)


def test_doc_lists_every_key_with_its_stems() -> None:
    from wizard.core.catalogue import catalogue

    rows = {line.split("|")[1].strip(" `"): line for line in DOC.read_text(encoding="utf-8")
            .splitlines() if line.startswith("| `") and "." in line.split("|")[1]}
    assert set(rows) >= {f.key for f in FIELDS}
    for f in FIELDS:
        cells = [c.strip() for c in rows[f.key].split("|")[1:-1]]
        assert cells[1] == ("**yes**" if f.required else "no"), f.key
        for lang, cell in zip(("en", "nl", "it", "fr"), cells[3:7], strict=True):
            stem = catalogue(lang).question(f.key).stem
            assert cell.removesuffix(" …") == stem, f"{f.key} ({lang}): update the doc's stem"


@pytest.mark.parametrize("language, suffix", [("toml", ".toml"), ("json", ".json")])
def test_doc_examples_load_and_render(tmp_path: Path, language: str, suffix: str) -> None:
    from wizard.core.render import Renderer

    [example] = _doc_blocks(language)
    path = write(tmp_path, "example" + suffix, example)
    result = Renderer().render(load(path))
    assert all(o.chosen.ok for o in result.outputs.values())


def test_doc_names_the_register_key_and_its_error(tmp_path: Path) -> None:
    text = DOC.read_text(encoding="utf-8")
    assert '`register`' in text and '"informal"' in text and '"formal"' in text
    message = error_of(write(tmp_path, "r.toml", toml_text({**doc(), "register": "polite"})))
    shown = message.split(": ", 1)[1].split(", not ")[0]
    assert shown in text, f"docs/answers-file.md does not show: {shown}"


def test_doc_error_messages_are_the_real_ones(tmp_path: Path) -> None:
    text = DOC.read_text(encoding="utf-8")
    cases = {
        "a.toml": 'schema = 1\nlang = "en"\n[person]\nnmae = "x"\n',
        "b.toml": toml_text({**doc(), "lang": "xx"}),
        "c.toml": toml_text({**doc(), "schema": 2}),
        "d.toml": 'schema = 1\nlang = "en"\n[person\n',
        "e.json": '{"schema": 1,',
        "f.json": json.dumps(doc(person={"name": ["Maya"]})),
    }
    for name, content in cases.items():
        message = error_of(write(tmp_path, name, content)).split(": ", 1)[1]
        assert message in text, f"docs/answers-file.md does not show: {message}"
