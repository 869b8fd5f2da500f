"""`python -m policylens` → the same CLI as the `policylens` console script."""

from policylens.cli import main

if __name__ == "__main__":
    main(fast_exit=False)  # a wrapper such as `python -m cProfile -m policylens` runs on after it
