"""Allow `python -m minutes_kit`."""

from minutes_kit.cli import main

if __name__ == "__main__":
    main()
