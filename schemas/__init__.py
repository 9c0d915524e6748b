"""The table contracts (``tables``: pandera) and the data-quality suites (``expectations``: Great Expectations).

The package reaches this folder as ``newsprep.schemas`` (``src/newsprep/schemas`` links here), and the wheel installs
it there: an installed newsprep puts nothing at the top level of site-packages but ``newsprep``.
"""
