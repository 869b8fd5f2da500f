"""`python -m policylens` → the same CLI as the `policylens` console script."""

from policylens.cli import main

if __name__ == "__main__":
    main()
