"""``spacy train`` with Thinc's NumPy matrix products instead of BLIS.

On the 2-core machines we train on, NumPy's BLAS multiplies the CNN's matrices about 1.5x
faster than BLIS (``bench/model_speed.py``; teia loads its pipelines the same way, see
``teia/extract/model.py``). ``spacy train`` resets the current ops to a default
``NumpyOps()``, so the default itself is changed before spaCy starts. The arguments are
those of ``python -m spacy train``, or of ``python -m spacy pretrain`` after a first
argument ``pretrain``:

    python train.py configs/syntax.cfg --output output/syntax
    python train.py pretrain configs/syntax.cfg output/pretrain-syntax
"""

from __future__ import annotations

import sys

from thinc.backends import numpy_ops

_numpy_ops_init = numpy_ops.NumpyOps.__init__


def _init_without_blis(self, *args, use_blis: bool = False, **kwargs) -> None:
    _numpy_ops_init(self, *args, use_blis=use_blis, **kwargs)


def main() -> None:
    numpy_ops.NumpyOps.__init__ = _init_without_blis
    import callbacks  # noqa: F401  (registers the functions the configs name)
    from spacy.cli import setup_cli

    args = sys.argv[1:]
    command = "train"
    if args and args[0] in ("train", "pretrain"):
        command, args = args[0], args[1:]
    sys.argv = ["spacy", command, *args]
    setup_cli()


if __name__ == "__main__":
    main()
