"""`python -m policylens` → the same CLI as the `policylens` console script."""

from policylens.commands import main

if __name__ == "__main__":
    main()
