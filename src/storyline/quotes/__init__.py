"""Quote and attribution extraction."""
