"""`extract-model train | measure`: the extraction scorer's model.

train    rebuild danvan/extract/model.json from the development sets (data/extract/dev_*.py) and
         print its out-of-fold precision and recall; the same sets give the same file.
measure  precision, recall and place+year of the extractor on every set in data/extract/ (the
         development sets and the blind ones), one line each.
export-reviewed [--out FILE]
         the documents reviewed and saved on the page «Trích xuất báo cáo», with the figures the
         reviewer accepted, as a development set (default data/extract/dev_reviewed.py): the review
         page is where sets are annotated; read the file, commit it, `train`.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from danvan import labels, warehouse
from danvan.commands.extract import locality_index
from danvan.extract import training


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("extract-model", help=labels.CLI_HELP["extract-model"])
    p.add_argument(
        "action", choices=("train", "measure", "export-reviewed"), help=labels.EXT_CLI_MODEL_ACTION_HELP
    )
    p.add_argument("--out", metavar="FILE", help=labels.EXT_CLI_MODEL_OUT_HELP)
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if args.action == "export-reviewed":
        out = Path(args.out) if args.out else training.SETS / "dev_reviewed.py"
        with warehouse.reading(Path(args.db)) as con:
            docs = training.reviewed_docs(con)
        training.write_set(docs, out, labels.EXT_MODEL_REVIEWED_ABOUT)
        print(
            labels.EXT_MODEL_EXPORTED.format(
                n=len(docs), figures=sum(len(d["expected"]) for d in docs), path=out
            )
        )
        return 0
    index = locality_index(args.db)
    if args.action == "train":
        docs = [doc for docs in training.dev_sets().values() for doc in docs]
        model = training.train(docs, index)
        training.write_model(model)
        print(labels.EXT_MODEL_TRAINED.format(path=training.scorer.MODEL_PATH, **model["trained_on"]))
        print(labels.EXT_MODEL_OOF.format(threshold=model["threshold"], **model["out_of_fold"]))
        return 0
    for path in sorted(training.SETS.glob("*.py")):
        docs = training.load_set(path)
        print(training.measure(docs, index).line(path.stem))
        print(
            training.measure(docs, index, scored=False).line(f"{path.stem} ({labels.EXT_MODEL_RULES_ONLY})")
        )
    return 0
