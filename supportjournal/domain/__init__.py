"""Plain dataclasses and pure logic: no I/O, no Textual, no Rich."""
