"""Qt-free, I/O-free domain core: enums, value types, workflow rules and errors."""
