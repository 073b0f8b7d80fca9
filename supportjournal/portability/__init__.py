"""Taking the journal out and bringing history in: export, import, backup and restore.

Nothing here imports Textual: the command line runs these jobs without the app, and the app runs
them in a worker thread with a connection of its own.
"""
