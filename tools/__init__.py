"""Developer tools for the DEGO plugin (not shipped in the plugin zip)."""
