import JourneyCore

/// What a key does on a screen.
public enum Command: Equatable, Sendable {
  case nextScreen, previousScreen, goTo(AppState.Screen), help, quit
  case logTemperature, logSymptom, logNote, logMedication
  case up, down, pageUp, pageDown, top, bottom
  case toggleOrder, cycleFilter, search, jump
  case sign, notApplicable, advance, ice, grade, sledai
  case shorterRange, longerRange, nextLab, previousLab
  case newJourney, openDemo
  case export
  case switchPerson
  case openBefore, signElsewhere
}

/// One row of the key map: the keys, what they do, and where.
public struct KeyBinding: Equatable, Sendable {
  public var keys: [Key]
  /// The keys as the help and the status line show them: `t`, `↑/k`.
  public var label: String
  /// What it does, in a few words.
  public var help: String
  public var command: Command
  /// The screens it works on; empty means everywhere.
  public var screens: [AppState.Screen]
  /// True when it writes to the journey (refused in read-only mode, with the reason).
  public var writes: Bool
  /// True when only a nurse may do it.
  public var nurseOnly: Bool
  /// Shown in the status line of its screen.
  public var main: Bool

  init(
    _ keys: [Key], _ label: String, _ help: String, _ command: Command,
    on screens: [AppState.Screen] = [], writes: Bool = false, nurseOnly: Bool = false,
    main: Bool = false
  ) {
    self.keys = keys
    self.label = label
    self.help = help
    self.command = command
    self.screens = screens
    self.writes = writes
    self.nurseOnly = nurseOnly
    self.main = main
  }
}

/// The key map: one table that drives the keys, the help screen and the status line.
public enum KeyMap {
  public static let bindings: [KeyBinding] = [
    KeyBinding([.tab], "Tab", "next screen", .nextScreen, main: true),
    KeyBinding([.backTab], "Shift-Tab", "previous screen", .previousScreen),
    KeyBinding([.character("1")], "1", "Today", .goTo(.today)),
    KeyBinding([.character("2")], "2", "Timeline", .goTo(.timeline)),
    KeyBinding([.character("3")], "3", "Milestones", .goTo(.milestones)),
    KeyBinding([.character("4")], "4", "Trends", .goTo(.trends)),
    KeyBinding([.character("x")], "x", "export to a file: " + ExportFormat.namesText, .export, on: AppState.Screen.tabs),
    KeyBinding(
      [.character("p")], "p", "switch person: who is at the keyboard", .switchPerson,
      on: AppState.Screen.tabs),
    KeyBinding([.character("?"), .function(1)], "?", "help", .help, main: true),
    KeyBinding([.character("q")], "q", "quit", .quit, main: true),
    // Today
    KeyBinding([.character("t")], "t", "log a temperature", .logTemperature, on: [.today], writes: true, main: true),
    KeyBinding([.character("s")], "s", "log a symptom", .logSymptom, on: [.today], writes: true, main: true),
    KeyBinding([.character("n")], "n", "write a note", .logNote, on: [.today], writes: true, main: true),
    KeyBinding([.character("m")], "m", "log a medication", .logMedication, on: [.today], writes: true, main: true),
    // Lists
    KeyBinding([.up, .character("k")], "↑/k", "previous row", .up, on: [.timeline, .milestones]),
    KeyBinding([.down, .character("j")], "↓/j", "next row", .down, on: [.timeline, .milestones]),
    KeyBinding([.pageUp], "PgUp", "page up", .pageUp, on: [.timeline, .milestones, .help]),
    KeyBinding([.pageDown, .character(" ")], "PgDn", "page down", .pageDown, on: [.timeline, .milestones, .help]),
    KeyBinding([.home], "Home", "first row", .top, on: [.timeline, .milestones]),
    KeyBinding([.end, .character("G")], "End", "last row", .bottom, on: [.timeline, .milestones]),
    // Timeline
    KeyBinding([.character("o")], "o", "newest/oldest first", .toggleOrder, on: [.timeline], main: true),
    KeyBinding([.character("f")], "f", "filter: all, temperatures, symptoms, milestones, alerts", .cycleFilter, on: [.timeline], main: true),
    KeyBinding([.character("/")], "/", "search", .search, on: [.timeline], main: true),
    KeyBinding([.character("g")], "g", "go to a date or day (2026-12-01, +7)", .jump, on: [.timeline], main: true),
    // Milestones
    KeyBinding([.enter], "Enter", "sign the selected milestone", .sign, on: [.milestones], writes: true, main: true),
    KeyBinding([.character("n")], "n", "mark the selected milestone not applicable (only-if ones)", .notApplicable, on: [.milestones], writes: true),
    KeyBinding([.character("a")], "a", "advance to the next phase", .advance, on: [.milestones], writes: true, main: true),
    KeyBinding([.character("i")], "i", "ICE score form", .ice, on: [.milestones], writes: true, nurseOnly: true, main: true),
    KeyBinding([.character("r")], "r", "CRS/ICANS grading form", .grade, on: [.milestones], writes: true, nurseOnly: true, main: true),
    KeyBinding([.character("s")], "s", "SLEDAI-2K and remission form", .sledai, on: [.milestones], writes: true, nurseOnly: true, main: true),
    KeyBinding(
      [.character("b")], "b", "open or close the milestones from before CareJourney",
      .openBefore, on: [.milestones]),
    KeyBinding(
      [.character("e")], "e", "mark the selected milestone from before CareJourney done elsewhere",
      .signElsewhere, on: [.milestones], writes: true),
    // Trends
    KeyBinding([.left, .character("h")], "←/h", "shorter period (7/30/90 days)", .shorterRange, on: [.trends], main: true),
    KeyBinding([.right, .character("l")], "→/l", "longer period", .longerRange, on: [.trends], main: true),
    KeyBinding([.down, .character("j")], "↓/j", "next lab over the follow-up", .nextLab, on: [.trends], main: true),
    KeyBinding([.up, .character("k")], "↑/k", "previous lab (or temperatures)", .previousLab, on: [.trends]),
    // Start
    KeyBinding([.character("n")], "n", "start a new journey", .newJourney, on: [.start], writes: true, main: true),
    KeyBinding([.character("d")], "d", "open the demo journey", .openDemo, on: [.start], writes: true, main: true),
  ]

  /// The binding for a key on a screen: the screen's own first, then the global ones.
  public static func binding(for key: Key, on screen: AppState.Screen) -> KeyBinding? {
    bindings.first { $0.screens.contains(screen) && $0.keys.contains(key) }
      ?? bindings.first { $0.screens.isEmpty && $0.keys.contains(key) }
  }

  /// The bindings that work on a screen: its own, then the global ones.
  public static func bindings(on screen: AppState.Screen) -> [KeyBinding] {
    bindings.filter { $0.screens.contains(screen) } + bindings.filter { $0.screens.isEmpty }
  }
}
