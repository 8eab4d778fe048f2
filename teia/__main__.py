"""``python -m teia``: the command line, as the ``teia`` script runs it."""

from teia.cli import main

main()
