import JourneyCore

/// The key map: one table that drives the keys, the help screen and the status line.
public enum KeyMap {
  /// Every binding: the screens' (below) and those of each form, picker and prompt
  /// (``modeBindings``), their words in ``Language/current``.
  public static var bindings: [KeyBinding] {
    switch Language.current {
    case .english: english
    case .german: german
    case .simplifiedChinese: simplifiedChinese
    case .spanish: spanish
    }
  }

  // The key map in each language, made the first time that language asks for it (a static
  // `let` is made once, safely from any thread): a key and a frame look it up, so it is never
  // made again for each, and a run in English never reads the other languages' catalogs.
  static let english = bindings(speaking: .english)
  static let german = bindings(speaking: .german)
  static let simplifiedChinese = bindings(speaking: .simplifiedChinese)
  static let spanish = bindings(speaking: .spanish)

  /// Every binding, its words in `language`.
  static func bindings(speaking language: Language) -> [KeyBinding] {
    Language.$current.withValue(language) { screenBindings + modeBindings }
  }

  /// What a key that goes to another screen needs: a journey, and no form waiting behind Help.
  static let leaves: [KeyBinding.Requirement] = [.journey, .nothingOpen]

  /// The keys of the screens; those with no screen work on every screen.
  static var screenBindings: [KeyBinding] {
    [
      KeyBinding(
        [.tab], tr("Tab", context: "key name"), tr("next screen", context: "key"), .nextScreen,
        requires: leaves, main: true),
      KeyBinding(
        [.backTab], tr("Shift-Tab", context: "key name"), tr("previous screen", context: "key"),
        .previousScreen, requires: leaves),
      KeyBinding(
        [.character("1")], "1", AppState.Screen.today.title, .goTo(.today), requires: leaves),
      KeyBinding(
        [.character("2")], "2", AppState.Screen.timeline.title, .goTo(.timeline), requires: leaves),
      KeyBinding(
        [.character("3")], "3", AppState.Screen.milestones.title, .goTo(.milestones),
        requires: leaves),
      KeyBinding(
        [.character("4")], "4", AppState.Screen.trends.title, .goTo(.trends), requires: leaves),
      KeyBinding(
        [.character("x")], "x", tr("export to a file: %s", ExportFormat.namesText, context: "key"),
        .export,
        on: AppState.Screen.tabs),
      KeyBinding(
        [.character("p")], "p", tr("switch person: who is at the keyboard", context: "key"),
        .switchPerson,
        on: AppState.Screen.tabs),
      KeyBinding(
        [.character("?"), .function(1)], "?", tr("help", context: "key"), .help, main: true),
      KeyBinding(
        [.character("q")], "q", tr("quit", context: "key"), .quit, requires: [.nothingOpen],
        main: true),
      KeyBinding(
        [.escape], tr("Esc", context: "key name"), tr("clear the message", context: "key"),
        .cancel),
      // Help
      KeyBinding(
        [.escape], tr("Esc", context: "key name"), tr("close this help", context: "key"), .cancel,
        on: [.help]),
      // Today
      KeyBinding(
        [.character("t")], "t", tr("log a temperature", context: "key"), .logTemperature,
        on: [.today], writes: true,
        main: true),
      KeyBinding(
        [.character("s")], "s", tr("log a symptom", context: "key"), .logSymptom, on: [.today],
        writes: true, main: true),
      KeyBinding(
        [.character("n")], "n", tr("write a note", context: "key"), .logNote, on: [.today],
        writes: true, main: true),
      KeyBinding(
        [.character("m")], "m", tr("log a medication", context: "key"), .logMedication,
        on: [.today], writes: true,
        main: true),
      KeyBinding(
        [.character("a")], "a",
        tr("answer the alert at the top: say what was done", context: "key"), .answerAlert,
        on: [.today], writes: true),
      KeyBinding(
        [.character("c")], "c",
        tr(
          "home neuro check: a sentence, three objects, the date, counting back (the acute weeks)",
          context: "key"),
        .neuroCheck, on: [.today], writes: true),
      // Lists
      KeyBinding(
        [.up, .character("k")], "↑/k", tr("previous row", context: "key"), .up,
        on: [.timeline, .milestones]),
      KeyBinding(
        [.down, .character("j")], "↓/j", tr("next row", context: "key"), .down,
        on: [.timeline, .milestones]),
      KeyBinding(
        [.pageUp], tr("PgUp", context: "key name"), tr("page up", context: "key"), .pageUp,
        on: [.timeline, .milestones, .help]),
      KeyBinding(
        [.pageDown, .character(" ")], tr("PgDn", context: "key name"),
        tr("page down", context: "key"), .pageDown,
        on: [.timeline, .milestones, .help]),
      KeyBinding(
        [.home], tr("Home", context: "key name"), tr("first row", context: "key"), .top,
        on: [.timeline, .milestones]),
      KeyBinding(
        [.end, .character("G")], tr("End", context: "key name"), tr("last row", context: "key"),
        .bottom, on: [.timeline, .milestones]),
      // Timeline
      KeyBinding(
        [.character("o")], "o", tr("newest/oldest first", context: "key"), .toggleOrder,
        on: [.timeline], main: true),
      KeyBinding(
        [.character("f")], "f",
        tr("filter: all, temperatures, symptoms, milestones, alerts", context: "key"),
        .cycleFilter, on: [.timeline], main: true),
      KeyBinding(
        [.character("/")], "/", tr("search", context: "key"), .search, on: [.timeline], main: true),
      KeyBinding(
        [.character("g")], "g", tr("go to a date or day (2026-12-01, +7)", context: "key"), .jump,
        on: [.timeline],
        main: true),
      KeyBinding(
        [.enter], tr("Enter", context: "key name"),
        tr("open the row: whole text, when, who, its alert, corrections", context: "key"),
        .openDetail, on: [.timeline], main: true),
      // Milestones
      KeyBinding(
        [.enter], tr("Enter", context: "key name"),
        tr("sign the selected milestone", context: "key"), .sign, on: [.milestones], writes: true,
        main: true),
      KeyBinding(
        [.character("n")], "n",
        tr("mark the selected milestone not applicable (only-if ones)", context: "key"),
        .notApplicable, on: [.milestones], writes: true),
      KeyBinding(
        [.character("a")], "a", tr("advance to the next phase", context: "key"), .advance,
        on: [.milestones],
        writes: true, main: true),
      KeyBinding(
        [.character("i")], "i", tr("ICE score form", context: "key"), .ice, on: [.milestones],
        writes: true,
        nurseOnly: true, main: true),
      KeyBinding(
        [.character("r")], "r", tr("CRS/ICANS grading form", context: "key"), .grade,
        on: [.milestones], writes: true,
        nurseOnly: true, main: true),
      KeyBinding(
        [.character("s")], "s", tr("SLEDAI-2K and remission form", context: "key"), .sledai,
        on: [.milestones],
        writes: true, nurseOnly: true, main: true),
      KeyBinding(
        [.character("v")], "v",
        tr("view the whole milestone: due, signer, source, signature", context: "key"),
        .openDetail, on: [.milestones]),
      KeyBinding(
        [.character("b")], "b",
        tr("open or close the milestones from before CareJourney", context: "key"),
        .openBefore, on: [.milestones]),
      KeyBinding(
        [.character("e")], "e",
        tr("mark the selected milestone from before CareJourney done elsewhere", context: "key"),
        .signElsewhere, on: [.milestones], writes: true),
      // Trends
      KeyBinding(
        [.left, .character("h")], "←/h", tr("shorter period (7/30/90 days)", context: "key"),
        .shorterRange,
        on: [.trends], main: true),
      KeyBinding(
        [.right, .character("l")], "→/l", tr("longer period", context: "key"), .longerRange,
        on: [.trends], main: true),
      KeyBinding(
        [.down, .character("j")], "↓/j", tr("next lab over the follow-up", context: "key"),
        .nextLab, on: [.trends],
        main: true),
      KeyBinding(
        [.up, .character("k")], "↑/k", tr("previous lab (or temperatures)", context: "key"),
        .previousLab, on: [.trends]),
      // Start
      KeyBinding(
        [.character("n")], "n", tr("start a new journey", context: "key"), .newJourney,
        on: [.start], writes: true,
        main: true),
      KeyBinding(
        [.character("d")], "d", tr("open the demo journey", context: "key"), .openDemo,
        on: [.start], writes: true,
        main: true),
    ]
  }

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

  /// ``bindings(in:)`` of every screen and every form, picker and prompt, gathered once per
  /// language: a key is looked up on each keystroke, and a paste arrives as many keystrokes.
  static var byContext: [KeyContext: [KeyBinding]] {
    switch Language.current {
    case .english: englishByContext
    case .german: germanByContext
    case .simplifiedChinese: simplifiedChineseByContext
    case .spanish: spanishByContext
    }
  }

  static let englishByContext = table(speaking: .english)
  static let germanByContext = table(speaking: .german)
  static let simplifiedChineseByContext = table(speaking: .simplifiedChinese)
  static let spanishByContext = table(speaking: .spanish)

  /// The bindings of every context, their words in `language`.
  static func table(speaking language: Language) -> [KeyContext: [KeyBinding]] {
    Language.$current.withValue(language) {
      Dictionary(
        (AppState.Screen.allCases.map(KeyContext.screen) + KeyContext.modes).map {
          ($0, collect(in: $0))
        },
        uniquingKeysWith: { first, _ in first })
    }
  }

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
