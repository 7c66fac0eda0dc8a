"""What decides without being a widget: the municipality choice, the search-bar filter, the user texts."""
