"""The emotion model: clear cases, odd input, a broken artifact, the CLI."""

from __future__ import annotations

import ast
import json
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from turntoward.language import emotions
from turntoward.language.emotions import EmotionModel, EmotionModelError, load_model
from turntoward.language.emotions._model import choose_backend
from turntoward.language.emotions_cli import main as emotions_main

PACKAGE_DIR = Path(emotions.__file__).parent
BACKENDS = ["numpy"] + (
    ["onnxruntime"] if choose_backend("auto") == "onnxruntime" else []
)


@pytest.fixture(scope="module", params=BACKENDS)
def model(request: pytest.FixtureRequest) -> EmotionModel:
    if request.param == choose_backend():
        return emotions.get_model()  # share the process-wide instance: faster
    return load_model(backend=request.param)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Thank you so much for driving me to the airport, I really appreciate it.",
            "gratitude",
        ),
        ("I miss him so much and I cry every night since he left.", "sadness"),
        ("I am furious that you lied to me again, this is infuriating.", "anger"),
        ("Ha ha ha that joke was hilarious, I can't stop laughing.", "amusement"),
        ("I'm so scared of what the test results will say.", "fear"),
    ],
)
def test_clear_texts_get_the_obvious_label(
    model: EmotionModel, text: str, expected: str
) -> None:
    assert expected in model.predict([text])[0]


def test_labels_come_best_first(model: EmotionModel) -> None:
    text = "Thank you, I love this so much, it made me so happy!"
    labels = model.predict([text])[0]
    scores = dict(zip(model.labels, model.scores([text])[0], strict=True))
    assert labels, "a warm, grateful sentence should get some label"
    assert [scores[x] for x in labels] == sorted(
        (scores[x] for x in labels), reverse=True
    )


@pytest.mark.parametrize("text", ["", "   \n\t ", "😂😂😂", "🙏", "\u200b\u200d"])
def test_empty_and_emoji_only_give_nothing(model: EmotionModel, text: str) -> None:
    assert model.predict([text]) == [[]]
    assert float(model.scores([text]).max()) == 0.0


def test_very_long_and_foreign_text_never_fail(model: EmotionModel) -> None:
    long_text = "I feel ignored when you look at your phone at dinner. " * 5000
    texts = [
        long_text,
        "これは普通の文です。",
        "Das ist ein ganz normaler Satz.",
        "x" * 10_000,
    ]
    result = model.predict(texts)
    assert len(result) == len(texts)
    assert all(isinstance(label, str) for labels in result for label in labels)


def test_public_api_batches_keep_order() -> None:
    texts = ["", "Thank you so much for your help, I'm grateful.", "😂"]
    result = emotions.predict(texts)
    assert result[0] == [] and result[2] == []
    assert "gratitude" in result[1]
    assert emotions.predict([]) == []
    scores = emotions.predict_scores(texts[:2])
    assert set(scores[1]) == set(emotions.labels()) and len(emotions.labels()) == 28
    with pytest.raises(TypeError):
        emotions.predict("a single string")  # type: ignore[arg-type]


def test_model_loads_once_even_from_many_threads() -> None:
    seen: list[EmotionModel] = []
    threads = [
        threading.Thread(target=lambda: seen.append(emotions.get_model()))
        for _ in range(8)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len({id(m) for m in seen}) == 1
    assert emotions.get_model() is seen[0]


def _copy_artifact(tmp_path: Path) -> Path:
    target = tmp_path / "data"
    shutil.copytree(emotions.DATA_DIR, target)
    return target


@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.parametrize("name", ["emotions.onnx", "vocab.txt", "emotions.json"])
def test_missing_file_names_it_and_the_fix(
    tmp_path: Path, backend: str, name: str
) -> None:
    data = _copy_artifact(tmp_path)
    (data / name).unlink()
    with pytest.raises(EmotionModelError) as err:
        load_model(data, backend)
    assert str(data / name) in str(err.value)
    assert "scripts/train_emotions.py" in str(err.value)


@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("emotions.onnx", b"not an onnx model at all"),
        ("emotions.onnx", None),  # truncated to half
        ("emotions.json", b'{"labels": ["joy"]'),
        ("emotions.json", b'{"labels": [], "max_len": 64, "thresholds": {}}'),
        ("vocab.txt", b"hello\nworld\n"),
    ],
)
def test_corrupt_file_gives_a_clear_error(
    tmp_path: Path, backend: str, name: str, content: bytes | None
) -> None:
    data = _copy_artifact(tmp_path)
    path = data / name
    if content is None:
        raw = path.read_bytes()
        content = raw[: len(raw) // 2]
    path.write_bytes(content)
    with pytest.raises(EmotionModelError) as err:
        load_model(data, backend)
    assert name in str(err.value)
    assert "train_emotions.py" in str(err.value)


def _tiny_tsv(tmp_path: Path) -> Path:
    path = tmp_path / "tiny.tsv"
    # Label ids: 15 gratitude, 25 sadness, 2 anger, 27 neutral.
    path.write_text(
        "Thank you so much, I really appreciate your help.\t15\ta1\n"
        "Thanks a lot for the lovely gift!\t15\ta2\n"
        "I am so sad and lonely since she left.\t25\ta3\n"
        "I am furious that you lied to me again.\t2\ta4\n"
        "The meeting is at 3pm on Tuesday.\t27\ta5\n",
        encoding="utf-8",
    )
    return path


def test_cli_evaluate_prints_macro_and_per_label_f1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert emotions_main(["evaluate", str(_tiny_tsv(tmp_path))]) == 0
    out = capsys.readouterr().out
    assert "macro-F1" in out and "gratitude" in out


def test_cli_evaluate_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert emotions_main(["evaluate", str(_tiny_tsv(tmp_path)), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["texts"] == 5 and report["labels_in_file"] == 4
    assert 0.0 <= report["macro_f1"] <= 1.0
    assert report["per_label"]["gratitude"]["support"] == 2
    assert report["per_label"]["gratitude"]["f1"] > 0.5


@pytest.mark.parametrize(
    "content", ["no tab here\n", "text\tnot-a-number\tx\n", "text\t99\tx\n", ""]
)
def test_cli_evaluate_rejects_bad_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str
) -> None:
    path = tmp_path / "bad.tsv"
    path.write_text(content, encoding="utf-8")
    assert emotions_main(["evaluate", str(path)]) == 2
    assert str(path) in capsys.readouterr().err


def test_cli_evaluate_missing_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert emotions_main(["evaluate", str(tmp_path / "nope.tsv")]) == 2
    assert "no such file" in capsys.readouterr().err
    assert emotions_main([]) == 2


def test_package_imports_neither_django_nor_the_rest_of_turntoward() -> None:
    sources = [*PACKAGE_DIR.glob("*.py"), PACKAGE_DIR.parent / "emotions_cli.py"]
    for source in sources:
        tree = ast.parse(source.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0:
                names = [node.module or ""]
            for name in names:
                assert not name.startswith(("django", "turntoward", "torch")), (
                    source,
                    name,
                )
    code = (
        "import sys; import turntoward.language.emotions_cli;"
        "from turntoward.language.emotions import _model;"
        "bad = [m for m in ('django', 'torch', 'transformers') if m in sys.modules];"
        "sys.exit(1 if bad else 0)"
    )
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0
