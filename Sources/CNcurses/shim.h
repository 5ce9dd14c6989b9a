// Swift's view of ncursesw. SwiftPM drops pkg-config's defines, so ask for the wide-character API here,
// before curses.h. Swift cannot see function-like macros, so the ones the terminal layer needs are
// re-exported as static inline functions.
#ifndef MARGINALIA_CNCURSES_SHIM_H
#define MARGINALIA_CNCURSES_SHIM_H

#define NCURSES_WIDECHAR 1
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif

#include <locale.h>
#include <signal.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>
#include <wchar.h>
#include <ncursesw/curses.h>

static inline attr_t shim_A_NORMAL(void) { return A_NORMAL; }
static inline attr_t shim_A_BOLD(void) { return A_BOLD; }
static inline attr_t shim_A_DIM(void) { return A_DIM; }
static inline attr_t shim_A_UNDERLINE(void) { return A_UNDERLINE; }
static inline attr_t shim_A_REVERSE(void) { return A_REVERSE; }
static inline attr_t shim_A_ITALIC(void) { return A_ITALIC; }
static inline attr_t shim_A_STANDOUT(void) { return A_STANDOUT; }

static inline int shim_getmaxy(WINDOW *win) { return getmaxy(win); }
static inline int shim_getmaxx(WINDOW *win) { return getmaxx(win); }
static inline int shim_wattr_set(WINDOW *win, attr_t attrs, short pair) { return wattr_set(win, attrs, pair, NULL); }
static inline int shim_set_escdelay(int delay) { return set_escdelay(delay); }

// ---- Restoring the terminal from a signal handler --------------------------------------------------
// Everything below runs inside signal handlers, so it only uses async-signal-safe calls (tcsetattr,
// with TCSANOW: waiting for output to drain could block forever when the terminal has gone away;
// write, signal, raise) on state saved before the handler was installed.

// Swift emits no storage for file-scope statics in an imported header, so the state lives in a function.
struct shim_restore_state {
    struct termios saved_termios;
    int saved_termios_valid;
    char sequence[256];
    size_t sequence_length;
    volatile sig_atomic_t restoring;
    struct sigaction previous[65];
};

static inline struct shim_restore_state *shim_state(void) {
    static struct shim_restore_state state;
    return &state;
}

/// Remembers the terminal's settings as they were before curses changed them.
static inline int shim_save_termios(int fd) {
    if (tcgetattr(fd, &shim_state()->saved_termios) == 0) { shim_state()->saved_termios_valid = 1; return 0; }
    return -1;
}

/// Sets the bytes written on an emergency restore (leave the alternate screen, show the cursor, reset attributes).
static inline void shim_set_restore_sequence(const char *sequence) {
    size_t length = strlen(sequence);
    struct shim_restore_state *state = shim_state();
    if (length >= sizeof(state->sequence)) length = sizeof(state->sequence) - 1;
    memcpy(state->sequence, sequence, length);
    state->sequence[length] = 0;
    state->sequence_length = length;
}

/// Puts the terminal back without curses: safe inside a signal handler.
static inline void shim_emergency_restore(void) {
    struct shim_restore_state *state = shim_state();
    if (state->sequence_length > 0) { ssize_t ignored = write(STDOUT_FILENO, state->sequence, state->sequence_length); (void)ignored; }
    if (state->saved_termios_valid) tcsetattr(STDIN_FILENO, TCSANOW, &state->saved_termios);
}

/// Restores the terminal, then hands the signal to whoever handled it before (the default action, or the
/// Swift runtime's crash reporter), so the process still dies of it and a crash still reports.
static inline void shim_restore_and_reraise(int sig) {
    if (!shim_state()->restoring) {
        shim_state()->restoring = 1;
        shim_emergency_restore();
    }
    if (sig > 0 && sig < 65) sigaction(sig, &shim_state()->previous[sig], NULL); else signal(sig, SIG_DFL);
    raise(sig);
}

/// Installs the restoring handler for termination signals and crashes. Install it before curses starts:
/// curses then leaves these signals alone (it only takes signals still at their default), but keeps SIGWINCH.
static inline void shim_install_restore_handlers(void) {
    static const int signals[] = { SIGTERM, SIGHUP, SIGINT, SIGQUIT, SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE };
    for (size_t i = 0; i < sizeof(signals) / sizeof(signals[0]); i++) {
        struct sigaction action;
        memset(&action, 0, sizeof(action));
        action.sa_handler = shim_restore_and_reraise;
        sigemptyset(&action.sa_mask);
        sigaction(signals[i], &action, &shim_state()->previous[signals[i]]);
    }
}

/// Marks the terminal as restored by normal means, so a later signal does not write the sequence again.
static inline void shim_mark_restored(void) { shim_state()->restoring = 1; }

/// Starts curses on stdin/stdout for a terminal type (Swift 6 cannot read the `stdin`/`stdout` globals).
static inline SCREEN *shim_newterm(const char *term) { return newterm(term, stdout, stdin); }

/// The standard screen (Swift 6 cannot read the `stdscr` global).
static inline WINDOW *shim_stdscr(void) { return stdscr; }

/// The colour count of the terminal (the `COLORS` global is off limits to Swift 6).
static inline int shim_colors(void) { return COLORS; }

#endif
