#include "signal_cleanup.h"

#include <limits.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>

static char temporary_path[PATH_MAX + 1];
/// 1 while temporary_path names a file to remove. Written only outside the
/// handler, with the path complete before it is set.
static volatile sig_atomic_t armed = 0;

static void remove_and_die(int signal_number) {
    if (armed) {
        unlink(temporary_path);
    }
    struct sigaction fallback;
    memset(&fallback, 0, sizeof fallback);
    fallback.sa_handler = SIG_DFL;
    sigemptyset(&fallback.sa_mask);
    sigaction(signal_number, &fallback, NULL);
    raise(signal_number);
}

void fg_cleanup_install(void) {
    static int installed = 0;
    if (installed) {
        return;
    }
    installed = 1;
    const int signals[] = {SIGINT, SIGTERM, SIGHUP};
    // A parent may have spawned us with these blocked (a thread pool's
    // signal mask is inherited through posix_spawn): a blocked SIGTERM
    // would wait, unseen, until the process had finished.
    sigset_t interrupting;
    sigemptyset(&interrupting);
    for (size_t index = 0; index < sizeof signals / sizeof signals[0]; index++) {
        sigaddset(&interrupting, signals[index]);
    }
    sigprocmask(SIG_UNBLOCK, &interrupting, NULL);
    for (size_t index = 0; index < sizeof signals / sizeof signals[0]; index++) {
        struct sigaction current;
        if (sigaction(signals[index], NULL, &current) == 0 && current.sa_handler == SIG_IGN) {
            continue;
        }
        struct sigaction action;
        memset(&action, 0, sizeof action);
        action.sa_handler = remove_and_die;
        sigfillset(&action.sa_mask);
        sigaction(signals[index], &action, NULL);
    }
    signal(SIGXFSZ, SIG_IGN);
}

int fg_cleanup_set(const char *path) {
    size_t length = strlen(path);
    if (length > PATH_MAX) {
        return -1;
    }
    armed = 0;
    __atomic_signal_fence(__ATOMIC_SEQ_CST);
    memcpy(temporary_path, path, length + 1);
    __atomic_signal_fence(__ATOMIC_SEQ_CST);
    armed = 1;
    return 0;
}

void fg_cleanup_clear(void) {
    armed = 0;
    __atomic_signal_fence(__ATOMIC_SEQ_CST);
}
