"""Views of the claims for people: an HTML page per article, a cross-source comparison table."""
