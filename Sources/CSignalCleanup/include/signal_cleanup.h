#ifndef FACTIONGRAPH_SIGNAL_CLEANUP_H
#define FACTIONGRAPH_SIGNAL_CLEANUP_H

/// Removing the temporary file of an output being written when the process
/// is interrupted (SIGINT, SIGTERM, SIGHUP): the handler unlinks the file
/// named last by fg_cleanup_set, then dies of the signal as it would have.
/// Everything the handler does is async-signal-safe (unlink, sigaction,
/// raise); the path lives in a static buffer, never allocated.

/// Installs the handlers, once, and unblocks their signals. A signal the
/// process ignores (a background job's SIGINT) stays ignored. Also ignores
/// SIGXFSZ, so that exceeding a file size limit is a write error to report,
/// not a silent death.
void fg_cleanup_install(void);

/// Names the temporary file to remove on a signal. Returns 0, or -1 when
/// the path is too long to remember (the caller should not write then).
int fg_cleanup_set(const char *path);

/// Forgets the temporary file (it has been renamed or removed).
void fg_cleanup_clear(void);

#endif
