"""Event detection and CAMEO/PLOVER coding."""
