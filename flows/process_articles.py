"""The deployments' entrypoint of the ``process-articles`` flow (``prefect.yaml``: ``flows/process_articles.py``).

The flow is defined in the package (``newsprep.run.flow``), which the installed ``newsprep run`` runs too: a library
cannot import this folder, and the wheel does not ship it.
"""

from newsprep.run.flow import process_articles

__all__ = ["process_articles"]
