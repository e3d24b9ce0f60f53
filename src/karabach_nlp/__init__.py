"""karabach-nlp: claims of German news articles (casualty figures, attributions, actors) as typed records."""

__version__ = "0.1.0"

from .api import claims_from_doc, extract, extract_many  # noqa: E402
from .pipeline import build, load  # noqa: E402
from .records import ArticleClaims  # noqa: E402

__all__ = ["ArticleClaims", "__version__", "build", "claims_from_doc", "extract", "extract_many", "load"]
