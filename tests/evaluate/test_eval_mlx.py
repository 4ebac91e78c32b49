"""The mlx-lm backend (mlx[cpu] on Linux): the same evaluation, LoRA layers swapped on one base."""

import shutil

import pytest

from workbench.evaluate.evaluator import evaluate
from workbench.evaluate.generation import DecodingSettings, conversation
from workbench.store import evaluations as store
from workbench.store import open_project
from workbench.store.users import get_user

from .helpers import FR, IT, add_checkpoint, make_mlx_checkpoint, register_run, signed_world

pytest.importorskip("mlx_lm")
pytestmark = pytest.mark.slow

SETTINGS = DecodingSettings(max_new_tokens=10, batch_size=3)


@pytest.fixture(scope="module")
def mlx_world(tmp_path_factory, _project_template, tiny_model_dir):
    root = tmp_path_factory.mktemp("eval_mlx") / "proj"
    shutil.copytree(_project_template, root)
    project = open_project(root)
    train, frozen = signed_world(project, {"fr-CH": FR, "it-CH": IT})
    run = register_run(project, tiny_model_dir, train, frozen, backend="mlx")
    add_checkpoint(project, run, 10, make_mlx_checkpoint, tiny_model_dir, seed=10)
    path20 = add_checkpoint(project, run, 20, make_mlx_checkpoint, tiny_model_dir, seed=20)
    results = evaluate(project, run["id"], decoding=SETTINGS, n_bootstrap=200, actor=get_user(project, "erik"))
    yield {"project": project, "run": run, "results": results, "path20": path20, "tiny": tiny_model_dir}
    project.close()


def test_mlx_evaluation_gives_one_row_per_checkpoint_and_locale(mlx_world):
    p, results = mlx_world["project"], mlx_world["results"]
    assert [r["checkpoint"] for r in results] == ["base", "step-000010", "step-000020"]
    assert all(r["settings"]["software"]["backend"] == "mlx" for r in results)
    rows = store.scores(p, [r["id"] for r in results])
    assert sorted((r["checkpoint"], r["locale"]) for r in rows if r["metric"] == "chrf") == sorted(
        (c, loc) for c in ("base", "step-000010", "step-000020") for loc in ("fr-CH", "it-CH"))


def test_mlx_swapped_adapter_answers_like_a_fresh_load(mlx_world):
    from workbench.evaluate.gen_mlx import MlxGenerator

    p = mlx_world["project"]
    convs = [conversation({"prompt": prompt}) for prompt, _, _ in FR + IT]
    fresh = MlxGenerator(mlx_world["tiny"], SETTINGS)
    fresh.use(mlx_world["path20"])
    swapped = [a["answer"] for a in store.answers(p, mlx_world["results"][2]["id"])]
    assert [g.answer for g in fresh.generate(convs)] == swapped
    fresh.use(None)  # taking the LoRA layers off gives the base back exactly
    base = [a["answer"] for a in store.answers(p, mlx_world["results"][0]["id"])]
    assert [g.answer for g in fresh.generate(convs)] == base
    assert swapped != base
