import Testing

/// Every test that touches ncurses or the C locale, which are global to the process.
///
/// Swift Testing runs suites in parallel; nesting these suites under one `.serialized` suite
/// makes them run one at a time (ncurses-on-linux.md §3.4).
@Suite(.serialized) enum NCursesGlobalState {}
