import JourneyCore

/// The key map: one table that drives the keys, the help screen and the status line.
public enum KeyMap {
  /// Every binding: the screens' (below) and those of each form, picker and prompt
  /// (``modeBindings``).
  public static let bindings: [KeyBinding] = screenBindings + modeBindings

  /// What a key that goes to another screen needs: a journey, and no form waiting behind Help.
  static let leaves: [KeyBinding.Requirement] = [.journey, .nothingOpen]

  /// The keys of the screens; those with no screen work on every screen.
  static let screenBindings: [KeyBinding] = [
    KeyBinding([.tab], "Tab", "next screen", .nextScreen, requires: leaves, main: true),
    KeyBinding([.backTab], "Shift-Tab", "previous screen", .previousScreen, requires: leaves),
    KeyBinding([.character("1")], "1", "Today", .goTo(.today), requires: leaves),
    KeyBinding([.character("2")], "2", "Timeline", .goTo(.timeline), requires: leaves),
    KeyBinding([.character("3")], "3", "Milestones", .goTo(.milestones), requires: leaves),
    KeyBinding([.character("4")], "4", "Trends", .goTo(.trends), requires: leaves),
    KeyBinding(
      [.character("x")], "x", "export to a file: " + ExportFormat.namesText, .export,
      on: AppState.Screen.tabs),
    KeyBinding(
      [.character("p")], "p", "switch person: who is at the keyboard", .switchPerson,
      on: AppState.Screen.tabs),
    KeyBinding([.character("?"), .function(1)], "?", "help", .help, main: true),
    KeyBinding([.character("q")], "q", "quit", .quit, requires: [.nothingOpen], main: true),
    KeyBinding([.escape], "Esc", "clear the message", .cancel),
    // Help
    KeyBinding([.escape], "Esc", "close this help", .cancel, on: [.help]),
    // Today
    KeyBinding(
      [.character("t")], "t", "log a temperature", .logTemperature, on: [.today], writes: true,
      main: true),
    KeyBinding(
      [.character("s")], "s", "log a symptom", .logSymptom, on: [.today], writes: true, main: true),
    KeyBinding(
      [.character("n")], "n", "write a note", .logNote, on: [.today], writes: true, main: true),
    KeyBinding(
      [.character("m")], "m", "log a medication", .logMedication, on: [.today], writes: true,
      main: true),
    KeyBinding(
      [.character("a")], "a", "answer the alert at the top: say what was done", .answerAlert,
      on: [.today], writes: true),
    KeyBinding(
      [.character("c")], "c",
      "home neuro check: a sentence, three objects, the date, counting back (the acute weeks)",
      .neuroCheck, on: [.today], writes: true),
    // Lists
    KeyBinding([.up, .character("k")], "↑/k", "previous row", .up, on: [.timeline, .milestones]),
    KeyBinding([.down, .character("j")], "↓/j", "next row", .down, on: [.timeline, .milestones]),
    KeyBinding([.pageUp], "PgUp", "page up", .pageUp, on: [.timeline, .milestones, .help]),
    KeyBinding(
      [.pageDown, .character(" ")], "PgDn", "page down", .pageDown,
      on: [.timeline, .milestones, .help]),
    KeyBinding([.home], "Home", "first row", .top, on: [.timeline, .milestones]),
    KeyBinding([.end, .character("G")], "End", "last row", .bottom, on: [.timeline, .milestones]),
    // Timeline
    KeyBinding(
      [.character("o")], "o", "newest/oldest first", .toggleOrder, on: [.timeline], main: true),
    KeyBinding(
      [.character("f")], "f", "filter: all, temperatures, symptoms, milestones, alerts",
      .cycleFilter, on: [.timeline], main: true),
    KeyBinding([.character("/")], "/", "search", .search, on: [.timeline], main: true),
    KeyBinding(
      [.character("g")], "g", "go to a date or day (2026-12-01, +7)", .jump, on: [.timeline],
      main: true),
    KeyBinding(
      [.enter], "Enter", "open the row: whole text, when, who, its alert, corrections",
      .openDetail, on: [.timeline], main: true),
    // Milestones
    KeyBinding(
      [.enter], "Enter", "sign the selected milestone", .sign, on: [.milestones], writes: true,
      main: true),
    KeyBinding(
      [.character("n")], "n", "mark the selected milestone not applicable (only-if ones)",
      .notApplicable, on: [.milestones], writes: true),
    KeyBinding(
      [.character("a")], "a", "advance to the next phase", .advance, on: [.milestones],
      writes: true, main: true),
    KeyBinding(
      [.character("i")], "i", "ICE score form", .ice, on: [.milestones], writes: true,
      nurseOnly: true, main: true),
    KeyBinding(
      [.character("r")], "r", "CRS/ICANS grading form", .grade, on: [.milestones], writes: true,
      nurseOnly: true, main: true),
    KeyBinding(
      [.character("s")], "s", "SLEDAI-2K and remission form", .sledai, on: [.milestones],
      writes: true, nurseOnly: true, main: true),
    KeyBinding(
      [.character("v")], "v", "view the whole milestone: due, signer, source, signature",
      .openDetail, on: [.milestones]),
    KeyBinding(
      [.character("b")], "b", "open or close the milestones from before CareJourney",
      .openBefore, on: [.milestones]),
    KeyBinding(
      [.character("e")], "e", "mark the selected milestone from before CareJourney done elsewhere",
      .signElsewhere, on: [.milestones], writes: true),
    // Trends
    KeyBinding(
      [.left, .character("h")], "←/h", "shorter period (7/30/90 days)", .shorterRange,
      on: [.trends], main: true),
    KeyBinding(
      [.right, .character("l")], "→/l", "longer period", .longerRange, on: [.trends], main: true),
    KeyBinding(
      [.down, .character("j")], "↓/j", "next lab over the follow-up", .nextLab, on: [.trends],
      main: true),
    KeyBinding(
      [.up, .character("k")], "↑/k", "previous lab (or temperatures)", .previousLab, on: [.trends]),
    // Start
    KeyBinding(
      [.character("n")], "n", "start a new journey", .newJourney, on: [.start], writes: true,
      main: true),
    KeyBinding(
      [.character("d")], "d", "open the demo journey", .openDemo, on: [.start], writes: true,
      main: true),
  ]

  /// The binding for a key in a context: the context's own first, then, on a screen, the
  /// ones for every screen. Nil when the key does nothing there.
  public static func binding(for key: Key, in context: KeyContext) -> KeyBinding? {
    bindings(in: context).first { $0.matches(key) }
  }

  /// The bindings that work in a context: its own, then, on a screen, the ones for every
  /// screen. A form, picker or prompt has only its own.
  public static func bindings(in context: KeyContext) -> [KeyBinding] {
    byContext[context] ?? collect(in: context)
  }

  /// ``bindings(in:)`` of every screen and every form, picker and prompt, gathered once: a key
  /// is looked up on each keystroke, and a paste arrives as many keystrokes.
  static let byContext: [KeyContext: [KeyBinding]] = Dictionary(
    (AppState.Screen.allCases.map(KeyContext.screen) + KeyContext.modes).map {
      ($0, collect(in: $0))
    },
    uniquingKeysWith: { first, _ in first })

  /// The bindings of a context, read from the table.
  static func collect(in context: KeyContext) -> [KeyBinding] {
    let own = bindings.filter { $0.contexts.contains(context) }
    guard case .screen = context else { return own }
    return own + bindings.filter { $0.contexts.isEmpty }
  }

  /// The bindings that work on a screen: its own, then the global ones.
  public static func bindings(on screen: AppState.Screen) -> [KeyBinding] {
    bindings(in: .screen(screen))
  }
}
