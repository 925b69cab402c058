#ifndef CNCURSESW_SHIM_H
#define CNCURSESW_SHIM_H
// SwiftPM drops pkg-config's "-D_DEFAULT_SOURCE -D_XOPEN_SOURCE=600", so the wide-character
// API must be switched on here (see ncurses-on-linux.md).
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <langinfo.h>
#include <signal.h>
#include <unistd.h>
#include <wchar.h>
#include <ncursesw/curses.h>
// glibc hides wcwidth() unless _XOPEN_SOURCE was set before <wchar.h>.
extern int wcwidth(wchar_t c);
static inline int cn_wcwidth(wchar_t c) { return wcwidth(c); }
// Attribute macros (NCURSES_BITS expressions) are not imported by Swift.
static inline attr_t cn_a_normal(void)    { return A_NORMAL; }
static inline attr_t cn_a_bold(void)      { return A_BOLD; }
static inline attr_t cn_a_reverse(void)   { return A_REVERSE; }
static inline attr_t cn_a_underline(void) { return A_UNDERLINE; }
static inline attr_t cn_a_dim(void)       { return A_DIM; }
static inline attr_t cn_color_pair(short n) { return (attr_t)COLOR_PAIR(n); }
static inline int cn_key_f(int n)         { return KEY_F(n); }
// C globals that Swift 6 rejects as shared mutable state.
static inline WINDOW *cn_stdscr(void)     { return stdscr; }
static inline int cn_lines(void)          { return LINES; }
static inline int cn_cols(void)           { return COLS; }
static inline int cn_colors(void)         { return COLORS; }
static inline int cn_color_pairs(void)    { return COLOR_PAIRS; }
// Bracketed paste (xterm's mode 2004, also tmux, GNOME Terminal, iTerm2, kitty...): a paste
// then arrives between ESC [200~ and ESC [201~, so the app takes it as text, not as keys.
// A plain write(2), so the signal handlers that give the terminal back may call it too.
static inline void cn_bracketed_paste(int fd, int on) {
  const char *sequence = on ? "\033[?2004h" : "\033[?2004l";
  ssize_t written = write(fd, sequence, 8);
  (void)written;
}
// Macros that assign to their arguments.
static inline void cn_getmaxyx(WINDOW *w, int *y, int *x) { getmaxyx(w, *y, *x); }
#endif
