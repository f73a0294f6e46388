"""Provides what the test layers share: paths, small articles, stores, processes and terminals.

Not tests.  pytest puts ``tests/`` on ``sys.path`` (``pythonpath`` in
pyproject.toml), so every layer imports these as ``helpers.<module>``:

- :mod:`helpers.paths`: the checkout, the bundled articles, the seed, the test data.
- :mod:`helpers.drafts`: numbered drafts and a tiny predictable analyser for store tests.
- :mod:`helpers.stores`: the two stores the tests share (the app's, the dev set's).
- :mod:`helpers.importing`: the importer tests' sample files and short ways to read one.
- :mod:`helpers.pilot`: small steps of Pilot tests (let the app settle, open the seed).
- :mod:`helpers.waits`: waiting on a condition with a generous deadline.
- :mod:`helpers.processes`: running the real ``reader``, corpora, write logs.
- :mod:`helpers.terminal`: a pseudo-terminal, tmux, and what may reach a terminal.
- :mod:`helpers.bidi_oracle`: an independent layout oracle (GNU FriBidi, python-bidi).

Fixtures live in the ``conftest.py`` files (``tests/`` and one per layer).
"""
