"""Building blocks of the attributions component: quotation marks, cue lexicons, speaker phrases."""
