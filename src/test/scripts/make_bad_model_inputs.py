#!/usr/bin/env python3
"""Writes the model-* and experiment-* cases of src/test/resources/bad-inputs from a tiny model.

    java -jar target/seqlab.jar train --data sample-data/toy.txt --model /tmp/tiny.zip \
        --epochs 1 --units 4 --embedding-dim 4
    python3 src/test/scripts/make_bad_model_inputs.py /tmp/tiny.zip

The crafted files are committed; this script only documents how they were made.
"""
import io
import json
import os
import sys
import zipfile

CORPUS = os.path.join(os.path.dirname(__file__), "..", "resources", "bad-inputs")
TOY = "1 2 3\n4 2 5\n1 2\n1 2 4 5\n"


def entries(data):
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return {n: z.read(n) for n in z.namelist()}


def zipped(items):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, content in items.items():
            z.writestr(name, content)
    return out.getvalue()


def bomb(name, size, byte=b"\0"):
    """A zip whose one entry inflates to size bytes (written in chunks, so never held whole)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        with z.open(name, "w", force_zip64=True) as f:
            block = byte * (1 << 20)
            for _ in range(size >> 20):
                f.write(block)
    return out.getvalue()


def case(name, description, args, errs, files, exit_code=2, setup=None):
    d = os.path.join(CORPUS, name)
    os.makedirs(d, exist_ok=True)
    for f, content in files.items():
        with open(os.path.join(d, f), "wb") as out:
            out.write(content if isinstance(content, bytes) else content.encode())
    lines = ["# " + description, "args: " + args, "exit: %d" % exit_code]
    lines += ["err: " + e for e in errs]
    if setup:
        lines.append("setup: " + setup)
    with open(os.path.join(d, "case.txt"), "w") as out:
        out.write("\n".join(lines) + "\n")


def main(tiny_path):
    with open(tiny_path, "rb") as f:
        tiny = f.read()
    base = entries(tiny)
    doc = json.loads(base["seqlab.json"])
    evaluate = "evaluate --model {dir}/m.zip --data {dir}/data.txt"

    def model(name, description, errs, edit=None, replace=None, args=evaluate):
        items = dict(base)
        if edit:
            d = json.loads(json.dumps(doc))
            edit(d)
            items["seqlab.json"] = json.dumps(d).encode()
        if replace:
            replace(items)
        case(name, description, args, errs, {"m.zip": zipped(items), "data.txt": TOY})

    def set_(key, value):
        return lambda d: d.__setitem__(key, value)

    def drop_last_item(d):
        d["tokens"].pop()
        d["popularity"].pop()
        d["successors"].pop()
        d["successorCounts"].pop()
        last = len(d["tokens"])
        for s, c in zip(d["successors"], d["successorCounts"]):
            for k in reversed(range(len(s))):
                if s[k] == last:
                    del s[k]
                    del c[k]

    def add_item(d):
        d["tokens"].append("99")
        d["popularity"].append(0)
        d["successors"].append([])
        d["successorCounts"].append([])

    model("model-config-null", "a model whose settings are null", ["m.zip: seqlab.json: 'config' is missing"],
          set_("config", None))
    model("model-units-negative", "a model whose settings say units -5",
          ["m.zip: seqlab.json: impossible setting 'units' in 'config'"],
          lambda d: d["config"].__setitem__("units", -5))
    model("model-tokens-short", "a model listing fewer items than its network predicts",
          ["m.zip: network.zip: the network predicts 5 items but the model lists 4"], drop_last_item)
    model("model-tokens-long", "a model listing more items than its network predicts",
          ["m.zip: network.zip: the network predicts 5 items but the model lists 6"], add_item,
          args="predict --model {dir}/m.zip --prefix 1")
    model("model-tokens-wrong-type", "a model whose item list is a number",
          ["m.zip: seqlab.json: 'tokens' has the wrong type or value"], set_("tokens", 5))
    model("model-popularity-missing", "a model without its popularity counts",
          ["m.zip: seqlab.json: 'popularity' is missing"], lambda d: d.pop("popularity"))
    model("model-successor-out-of-range", "a model whose Markov table names an item that does not exist",
          ["m.zip: seqlab.json: row 0 of 'successors' names item 17"],
          lambda d: d["successors"][0].__setitem__(0, 17))
    model("model-truncated-json", "a model whose description is cut off half way",
          ["m.zip: seqlab.json: the description is cut off"],
          replace=lambda items: items.__setitem__("seqlab.json", items["seqlab.json"][:len(items["seqlab.json"]) // 2]))
    model("model-training-hashes-missing", "a model whose description promises training hashes it lacks",
          ["m.zip: training-sequences.bin: missing"], replace=lambda items: items.pop("training-sequences.bin"))

    def short_coefficients(items):
        inner = entries(items["network.zip"])
        inner["coefficients.bin"] = inner["coefficients.bin"][:-4]
        items["network.zip"] = zipped(inner)

    model("model-coefficients-short", "a model whose network parameters are 4 bytes short",
          ["m.zip: network.zip: coefficients.bin is damaged"], replace=short_coefficients)

    def network_bomb(items):
        items["network.zip"] = b"\0" * (64 << 20)

    # a 64 MB entry of zeros compresses to 64 KB
    model("model-zip-bomb-network", "a model whose network entry expands to 64 MB, far beyond what its settings need",
          ["m.zip: network.zip: expands to more than", "refused"], replace=network_bomb)

    def inner_bomb(items):
        items["network.zip"] = bomb("coefficients.bin", 64 << 20)

    model("model-zip-bomb-coefficients", "a model whose network parameters expand to 64 MB inside network.zip",
          ["m.zip: network.zip: coefficients.bin: expands to more than", "refused"], replace=inner_bomb)
    case("model-zip-bomb-description", "a model whose seqlab.json expands to 64 MB of spaces",
         evaluate, ["m.zip: seqlab.json: expands to more than", "refused"],
         {"m.zip": merge(bomb("seqlab.json", 64 << 20, b" "), {"network.zip": base["network.zip"]}), "data.txt": TOY})

    case("model-evaluate-training-data-reordered",
         "evaluate on the toy training data with its lines in another order: all were trained on",
         "evaluate --model {dir}/m.zip --data {dir}/data.txt",
         ["data.txt: all 4 sequences were in the model's training data; nothing is left to evaluate"],
         {"data.txt": "1 2 4 5\n1 2\n4 2 5\n1 2 3\n"}, setup="toy-model m.zip")
    case("model-evaluate-training-data-appended",
         "evaluate on the toy training data with one line appended: only the new line is evaluated",
         "evaluate --model {dir}/m.zip --data {dir}/data.txt",
         ["4 of 5 sequences in", "were in the model's training data; evaluating the other 1"],
         {"data.txt": TOY + "3 1 4\n"}, exit_code=0, setup="toy-model m.zip")

    # experiments: one run, its model kept
    settings = dict(doc["config"], seenItems="AUTO")
    fingerprint = {"source": "toy", "sequences": 4, "events": 12, "sha256": doc["trainedOn"]["sha256"]}
    run = {"id": "r1", "started": "2026-12-02T05:00:00Z", "group": "", "settings": doc["config"], "data": fingerprint,
           "epochs": doc["history"], "validation": {}, "test": {}, "wallSeconds": 1.0, "outcome": "FINISHED",
           "message": ""}
    experiment = {"format": "seqlab-experiment", "version": 1, "dataFile": None, "data": fingerprint,
                  "sequences": [line.split() for line in TOY.splitlines()], "labels": {}, "settings": settings,
                  "runs": [run], "keptModels": ["r1"]}
    eval_exp = "evaluate --model {dir}/e.seqlab --data {dir}/data.txt"

    def exp(name, description, errs, edit=None, models=None, raw=None):
        d = json.loads(json.dumps(experiment))
        if edit:
            edit(d)
        items = {"experiment.json": raw if raw is not None else json.dumps(d).encode()}
        items.update({"models/r1.zip": tiny} if models is None else models)
        case(name, description, eval_exp, errs, {"e.seqlab": zipped(items), "data.txt": "3 1 4 2\n"})

    exp("experiment-units-negative", "an experiment file whose settings say units -5",
        ["e.seqlab: experiment.json: impossible setting 'units' in 'settings'"],
        lambda d: d["settings"].__setitem__("units", -5))
    exp("experiment-settings-missing", "an experiment file without settings",
        ["e.seqlab: experiment.json: 'settings' is missing"], lambda d: d.pop("settings"))
    exp("experiment-truncated-json", "an experiment file whose description is cut off",
        ["e.seqlab: experiment.json: the description is cut off"], raw=json.dumps(experiment).encode()[:300])
    exp("experiment-kept-model-missing", "an experiment file whose kept model is not in it",
        ["e.seqlab: models/r1.zip: missing: the kept model of run r1"], models={})
    bad_model = dict(base)
    d = json.loads(json.dumps(doc))
    drop_last_item(d)
    bad_model["seqlab.json"] = json.dumps(d).encode()
    exp("experiment-kept-model-inconsistent", "an experiment file whose kept model lists fewer items than it predicts",
        ["e.seqlab: models/r1.zip: network.zip: the network predicts 5 items but the model lists 4"],
        models={"models/r1.zip": zipped(bad_model)})
    exp("experiment-no-kept-model", "an experiment file that keeps no model, given as --model",
        ["e.seqlab: this experiment keeps no trained model"], lambda d: d.__setitem__("keptModels", []), models={})
    exp("experiment-runs-wrong-type", "an experiment file whose runs are a string",
        ["e.seqlab: experiment.json: 'runs' has the wrong type or value"], lambda d: d.__setitem__("runs", "r1"))
    case("experiment-zip-bomb", "an experiment file whose description expands to 64 MB of spaces", eval_exp,
         ["e.seqlab: experiment.json: expands to more than", "refused"],
         {"e.seqlab": bomb("experiment.json", 64 << 20, b" "), "data.txt": "3 1 4 2\n"})


def merge(zip_bytes, extra):
    """zip_bytes with the entries of extra added (stored as they are)."""
    out = io.BytesIO(zip_bytes)
    with zipfile.ZipFile(out, "a", zipfile.ZIP_DEFLATED) as z:
        for name, content in extra.items():
            z.writestr(name, content)
    return out.getvalue()


if __name__ == "__main__":
    main(sys.argv[1])
