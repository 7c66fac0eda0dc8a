"""The plugin's model: catalogue, municipality, presets. No Qt, no network, nothing else of the plugin."""
