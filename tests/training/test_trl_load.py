"""The exports as a training engineer uses them: ``datasets.load_dataset`` from a copied exports
directory, then one TRL ``SFTTrainer`` and one ``DPOTrainer`` step on a tiny model and tokenizer
built here from a config (nothing is downloaded). Needs the ``training`` extra:
``make test-training``."""

from __future__ import annotations

import copy
import json
import shutil

import pytest

pytestmark = [pytest.mark.slow, pytest.mark.training]

CHAT_TEMPLATE = (
    "{% for m in messages %}<|{{ m['role'] }}|>{{ m['content'] }}<|end|>{% endfor %}"
    "{% if add_generation_prompt %}<|assistant|>{% endif %}"
)


@pytest.fixture(scope="module")
def copied_exports(tmp_path_factory):
    from tests.exports.fixtures import build_fixture_warehouse
    from transforms.config import Settings
    from transforms.exports.build import build_exports

    data = tmp_path_factory.mktemp("train-src")
    settings = Settings(data_dir=data, workers=1)
    build_fixture_warehouse(settings.warehouse_path)
    build_exports(settings, "all")
    copy = tmp_path_factory.mktemp("train-copy") / "exports"
    shutil.copytree(settings.exports_dir, copy)
    shutil.rmtree(settings.exports_dir)  # the copy must not point back at the original
    return copy


def _load(exports, name, cache):
    import datasets

    reg = json.loads((exports / "registry.json").read_text())
    vdir = exports / reg["datasets"][name]["versions"][-1]["path"]
    return datasets.load_dataset(str(vdir), cache_dir=str(cache))


def _tiny_model_and_tokenizer(texts):
    import torch
    from tokenizers import Tokenizer, models, pre_tokenizers, trainers
    from transformers import LlamaConfig, LlamaForCausalLM, PreTrainedTokenizerFast

    torch.manual_seed(0)
    specials = ["<pad>", "<s>", "</s>", "<unk>", "<|user|>", "<|assistant|>", "<|end|>"]
    tok = Tokenizer(models.BPE(unk_token="<unk>"))
    tok.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tok.train_from_iterator(texts, trainers.BpeTrainer(vocab_size=400, special_tokens=specials))
    tokenizer = PreTrainedTokenizerFast(
        tokenizer_object=tok,
        pad_token="<pad>",
        bos_token="<s>",
        eos_token="<|end|>",
        unk_token="<unk>",
    )
    tokenizer.chat_template = CHAT_TEMPLATE
    config = LlamaConfig(
        vocab_size=len(tokenizer),
        hidden_size=32,
        intermediate_size=64,
        num_hidden_layers=1,
        num_attention_heads=2,
        num_key_value_heads=2,
        max_position_embeddings=2048,
        pad_token_id=tokenizer.pad_token_id,
        bos_token_id=tokenizer.bos_token_id,
        eos_token_id=tokenizer.eos_token_id,
    )
    return LlamaForCausalLM(config), tokenizer


def _texts(ds, cols):
    for row in ds:
        for c in cols:
            for m in row[c]:
                yield m["content"]


def test_sft_trainer_runs_a_step_on_the_sft_and_bugfix_exports(copied_exports, tmp_path):
    from datasets import concatenate_datasets
    from trl import SFTConfig, SFTTrainer

    sft = _load(copied_exports, "sft", tmp_path / "c1")
    bugfix = _load(copied_exports, "bugfix", tmp_path / "c2")
    assert sft["train"].num_rows > 0 and bugfix["train"].num_rows > 0
    train = concatenate_datasets(
        [sft["train"].select_columns(["messages"]), bugfix["train"].select_columns(["messages"])]
    )
    model, tokenizer = _tiny_model_and_tokenizer(list(_texts(train, ["messages"])))
    args = SFTConfig(
        output_dir=str(tmp_path / "sft"),
        max_steps=1,
        per_device_train_batch_size=2,
        max_length=512,
        report_to=[],
        use_cpu=True,
        save_strategy="no",
        logging_steps=1,
    )
    trainer = SFTTrainer(model=model, args=args, train_dataset=train, processing_class=tokenizer)
    out = trainer.train()
    assert out.global_step == 1
    assert out.training_loss > 0


def test_dpo_trainer_runs_a_step_on_the_preference_export(copied_exports, tmp_path):
    from trl import DPOConfig, DPOTrainer

    pref = _load(copied_exports, "preference", tmp_path / "c3")
    train = pref["train"].select_columns(["prompt", "chosen", "rejected"])
    assert train.num_rows > 0
    model, tokenizer = _tiny_model_and_tokenizer(
        list(_texts(train, ["prompt", "chosen", "rejected"]))
    )
    args = DPOConfig(
        output_dir=str(tmp_path / "dpo"),
        max_steps=1,
        per_device_train_batch_size=2,
        max_length=512,
        report_to=[],
        use_cpu=True,
        save_strategy="no",
        logging_steps=1,
    )
    trainer = DPOTrainer(
        model=model,
        ref_model=copy.deepcopy(model),  # built here: nothing for TRL to fetch by name
        args=args,
        train_dataset=train,
        processing_class=tokenizer,
    )
    out = trainer.train()
    assert out.global_step == 1
