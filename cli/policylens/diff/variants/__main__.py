"""`python -m policylens.diff.variants`: rebuild the cross-script table from the installed OpenCC data
(`derivation.main`; see `derivation.derive_table`)."""

from policylens.diff.variants.derivation import main

if __name__ == "__main__":
    main()
