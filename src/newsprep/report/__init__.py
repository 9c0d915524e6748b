"""The run report: ``<out>/report.html``, one self-contained page per run, and ``<out>/data-dictionary.html``
beside it.

``page`` renders the Jinja2 templates in ``templates/`` and reads their inputs from an output folder; ``runs``
(the manifest), ``checks`` (the quality rows) and ``articles`` (the published tables) shape what the page shows;
``charts`` draws the inline SVG charts; ``dictionary`` reads the table contracts into the data dictionary (the page
beside the report, and ``docs/data-dictionary.md``).
"""

from newsprep.report.charts import RunPoint
from newsprep.report.dictionary import data_dictionary_markdown
from newsprep.report.page import (
    DICTIONARY_FILE,
    REPORT_FILE,
    latest_manifest,
    render_data_dictionary,
    render_report,
    run_history,
    write_report,
)

__all__ = [
    "DICTIONARY_FILE",
    "REPORT_FILE",
    "RunPoint",
    "data_dictionary_markdown",
    "latest_manifest",
    "render_data_dictionary",
    "render_report",
    "run_history",
    "write_report",
]
