@preconcurrency import CNCursesW
import TerminalUI

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The real terminal, drawn with ncursesw: the app's `TerminalBackend`.
///
/// ncurses keeps its state per process, so run one terminal at a time: `start` it, draw and
/// read keys, and `stop` it before the process writes to the normal screen again.
///
/// ## Topics
/// - ``start(environment:)``, ``init(headlessRows:cols:terminalName:)``, ``stop()``
/// - ``draw(_:theme:)`` (in `NCursesTerminal+Drawing.swift`)
/// - ``readKey(timeoutMilliseconds:)`` (in `NCursesTerminal+Keys.swift`)
/// - ``installSignalHandlers()``
public final class NCursesTerminal: TerminalBackend {
  /// The streams ncurses writes to and reads from, closed by `stop`.
  struct Streams {
    var output: UnsafeMutablePointer<FILE>
    var input: UnsafeMutablePointer<FILE>
  }

  /// The ncurses screen; nil once stopped.
  private var screen: OpaquePointer?
  private var streams: Streams?
  /// What the terminal offers for colour, read once at start.
  let capabilities: ColorPairTable.Capabilities
  /// The theme the colour pairs were made for, and the pairs.
  /// The theme as the app gave it (compared to notice a change).
  var theme: Theme?
  /// The same theme fitted to this terminal's colours (8, 16 or 256), which cells are drawn in.
  var shownTheme: Theme?
  var colorPairs: ColorPairTable
  /// Attributes and pair for each style seen with `theme`.
  var renditions: [Style: Rendition] = [:]
  /// The frame ncurses holds now; cells equal to it are not written again.
  var previousFrame: CellBuffer?
  /// Set after a resize: ncurses has rebuilt its screen, so every cell is written.
  var needsFullRedraw = true
  /// Whether the real cursor is shown, as last told to `curs_set`.
  var cursorShown: Bool?
  /// Set when the terminal went away (see `inputHungUp`).
  public internal(set) var closed = false

  /// The descriptor keys are read from (headless terminals read /dev/null).
  var inputDescriptor: Int32 { streams.map { fileno($0.input) } ?? STDIN_FILENO }

  /// Starts the screens on the process's terminal (standard input and output).
  ///
  /// Picks a UTF-8 locale (`C.UTF-8` when the environment's is not), refuses terminals that
  /// cannot draw screens (`TERM` unset or `dumb`, unknown to terminfo, or redirected input or
  /// output), switches to the alternate screen and installs the handlers that give the terminal
  /// back on signals, `exit()` and crashes.
  public static func start(environment: [String: String]) throws(TerminalError)
    -> NCursesTerminal
  {
    UTF8Locale.adopt()
    let name = try TerminalCheck.terminalName(in: environment)
    guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw .notATerminal }
    let streams = try openStreams {
      // Duplicates, so that closing them in `stop` leaves the process's own descriptors open.
      (fdopen(dup(STDOUT_FILENO), "w"), fdopen(dup(STDIN_FILENO), "r"))
    }
    let terminal = try NCursesTerminal(terminalName: name, streams: streams)
    installSignalHandlers()
    return terminal
  }

  /// A terminal drawing into memory only (output to /dev/null), for tests: what was drawn is
  /// read back with `mvin_wch` and friends.
  public convenience init(
    headlessRows rows: Int, cols: Int, terminalName: String = "xterm-256color"
  ) throws(TerminalError) {
    UTF8Locale.adopt()
    let streams = try NCursesTerminal.openStreams {
      (fopen("/dev/null", "w"), fopen("/dev/null", "r"))
    }
    try self.init(terminalName: terminalName, streams: streams)
    resizeterm(Int32(clamping: rows), Int32(clamping: cols))
  }

  /// Home and End as terminals send them whatever the terminfo entry says: tmux and screen
  /// send `ESC [1~` / `ESC [4~` under TERM=xterm-256color, rxvt `ESC [7~` / `ESC [8~`, others
  /// `ESC [H` / `ESC [F` or `ESC OH` / `ESC OF`. Unknown to ncurses, such a sequence would arrive
  /// as Escape and close an open form with what was typed in it.
  static let homeAndEndSequences: [(String, Int32)] = [
    ("\u{1B}[1~", KEY_HOME), ("\u{1B}[7~", KEY_HOME), ("\u{1B}[H", KEY_HOME),
    ("\u{1B}OH", KEY_HOME),
    ("\u{1B}[4~", KEY_END), ("\u{1B}[8~", KEY_END), ("\u{1B}[F", KEY_END), ("\u{1B}OF", KEY_END),
  ]

  /// Teaches the current screen ``homeAndEndSequences`` (`define_key`; a sequence the terminfo
  /// entry already names is left as it is), and the marks around a bracketed paste
  /// (``pasteStart``, ``pasteEnd``).
  static func defineKeys() {
    for (sequence, key) in homeAndEndSequences where key_defined(sequence) == 0 {
      define_key(sequence, key)
    }
    define_key("\u{1B}[200~", pasteStart)
    define_key("\u{1B}[201~", pasteEnd)
  }

  /// The key codes a bracketed paste starts and ends with (`ESC [200~`, `ESC [201~`), beyond
  /// ncurses' own.
  static let pasteStart = KEY_MAX + 1
  static let pasteEnd = KEY_MAX + 2

  private init(terminalName name: String, streams: Streams) throws(TerminalError) {
    guard let screen = newterm(name, streams.output, streams.input) else {
      fclose(streams.output)
      fclose(streams.input)
      throw .unknownTerminal(name)
    }
    set_term(screen)
    cbreak()
    noecho()
    nonl()
    keypad(cn_stdscr(), true)
    NCursesTerminal.defineKeys()
    set_escdelay(25)
    var capabilities = ColorPairTable.Capabilities.monochrome
    if has_colors() {
      start_color()
      capabilities = ColorPairTable.Capabilities(
        colors: Int(cn_colors()), pairs: Int(cn_color_pairs()),
        defaultColors: use_default_colors() == OK)
    }
    self.screen = screen
    self.streams = streams
    self.capabilities = capabilities
    fflush(streams.output)
    cn_bracketed_paste(fileno(streams.output), 1)
    colorPairs = ColorPairTable(theme: Theme(name: "none", looks: [:]), terminal: capabilities)
    TerminalRestoration.screensUp += 1
  }

  /// Opens the two streams, closing the first if the second fails.
  private static func openStreams(
    _ open: () -> (UnsafeMutablePointer<FILE>?, UnsafeMutablePointer<FILE>?)
  ) throws(TerminalError) -> Streams {
    let (output, input) = open()
    guard let output, let input else {
      if let output { fclose(output) }
      if let input { fclose(input) }
      throw .startFailed("cannot open the terminal's input and output")
    }
    return Streams(output: output, input: input)
  }

  deinit { stop() }

  /// Leaves curses mode and the alternate screen and frees the screen; safe to call twice.
  public func stop() {
    guard let screen else { return }
    set_term(screen)
    if let streams {
      fflush(streams.output)
      cn_bracketed_paste(fileno(streams.output), 0)
    }
    endwin()
    delscreen(screen)
    if let streams {
      fclose(streams.output)
      fclose(streams.input)
    }
    self.screen = nil
    streams = nil
    previousFrame = nil
    TerminalRestoration.screensUp -= 1
  }

  /// Installs the handlers that restore the terminal on SIGINT, SIGTERM, SIGHUP, `exit()` and
  /// crashes (ncurses-on-linux.md §3.3); `start` calls it, and calling it again does nothing.
  public static func installSignalHandlers() {
    TerminalRestoration.install()
  }

  /// The screen's window, with this terminal's screen made ncurses' current one; nil once
  /// stopped.
  func activeWindow() -> UnsafeMutablePointer<WINDOW>? {
    guard let screen else { return nil }
    set_term(screen)
    return cn_stdscr()
  }

  /// The terminal's size now, in cells.
  public var size: Size {
    guard let window = activeWindow() else { return Size(width: 0, height: 0) }
    var rows: Int32 = 0
    var columns: Int32 = 0
    cn_getmaxyx(window, &rows, &columns)
    return Size(width: Int(columns), height: Int(rows))
  }
}
