"""Command-line subcommands; each calls services (or Qt-free engines), never storage."""
