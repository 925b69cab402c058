import JourneyApp
import JourneyCore
import TerminalUI
import Testing

/// One screen, form or picker as a person reaches it, for the frame tests in every language:
/// whose screens, the demo journey or none, and the keys typed (a reading typed as the language
/// writes it: `38,4` in German and Spanish), sent through the real reducer and the real runner
/// at 80x24, with the language chosen by `CAREJOURNEY_LANG`.
struct TranslatedScreen: Sendable, CustomTestStringConvertible {
  let name: String
  let role: Role
  let now: Timestamp
  let demo: Bool
  /// The patient's 38.4 °C at 09:00 saved before the screens open (the nurse's screens).
  let fever: Bool
  let keys: @Sendable (Language) -> [Key]
  /// The columns that must stay aligned in Chinese, where a character takes two cells.
  let columns: [Column]

  /// A column of a table: on every row `rows` picks, the first text starting at or after
  /// cell `from` starts at the same cell.
  struct Column: Sendable {
    let what: String
    let rows: @Sendable (String) -> Bool
    let from: Int
  }

  var testDescription: String { name }

  init(
    _ name: String, role: Role = .patient, now: Timestamp = ReadmeFrame.demoDay,
    demo: Bool = true, fever: Bool = false, columns: [Column] = [],
    keys: @escaping @Sendable (Language) -> [Key] = { _ in [] }
  ) {
    self.columns = columns
    self.name = name
    self.role = role
    self.now = now
    self.demo = demo
    self.fever = fever
    self.keys = keys
  }

  /// `text` typed, then Enter.
  static func typed(_ text: String) -> [Key] { MemoryBackend.typing(text) + [.enter] }

  /// A number as a person writing `language` types it: `38,4` in German and Spanish.
  static func number(_ english: String, _ language: Language) -> String {
    language.number(english)
  }

  /// `t`, then 38.4 as the language writes it, then Enter.
  static func logFever(_ language: Language) -> [Key] {
    [.character("t")] + typed(number("38.4", language))
  }

  /// The Start screen's questions up to who is at the keyboard, answered in the language (the
  /// sex in its own word: `weiblich`, `女`, `mujer`).
  static func startPartWay(_ language: Language) -> [Key] {
    let female = Language.$current.withValue(language) { PatientSex.female.title }
    return [.character("n")] + typed("Maria Santos") + Array(repeating: .down, count: 5)
      + [.enter] + typed("2026-11-20") + typed("2026-11-20") + typed("+49 9131 85-33010")
      + typed("1984-03-02") + typed(female) + typed("https://hospital.example.org/mrn|A12345")
      + typed("")
  }

  /// A status mark at the second cell and a space after it: a milestone's row.
  static func milestoneRow(_ line: String) -> Bool {
    let characters = Array(line)
    return characters.count > 3 && "✓●!○·–".contains(characters[1]) && characters[2] == " "
  }

  /// A label and its value, with spaces between them: a detail's row.
  static func detailRow(_ line: String) -> Bool {
    line.hasPrefix(" ") && !line.hasPrefix("  ") && !line.contains("│")
      && line.dropFirst().contains("  ")
  }

  /// A row of a picker: the selection mark or two spaces, then the row.
  static func pickerRow(_ line: String) -> Bool {
    line.hasPrefix("› ") || (line.hasPrefix("  ") && !line.hasPrefix("   "))
  }

  /// Every screen, form and picker.
  static let all: [TranslatedScreen] = [
    TranslatedScreen("today-fever", keys: logFever),
    TranslatedScreen("today-temperature-prompt", keys: { _ in [.character("t")] }),
    TranslatedScreen(
      "today-symptom-picker", keys: { _ in [.character("s"), .down, .down, .right] }),
    TranslatedScreen(
      "today-person-picker",
      columns: [
        Column(
          what: "what each does", rows: { $0.dropFirst(2).first?.isNumber == true }, from: 5)
      ], keys: { _ in [.character("p")] }),
    TranslatedScreen(
      "help-today",
      columns: [
        Column(
          what: "what a key does", rows: { $0.hasPrefix("   ") && !$0.hasPrefix("    ") },
          from: 4)
      ], keys: { _ in [.character("?")] }),
    TranslatedScreen("timeline", keys: { logFever($0) + [.character("2")] }),
    TranslatedScreen(
      "timeline-detail", columns: [Column(what: "the values", rows: detailRow, from: 8)],
      keys: { logFever($0) + [.character("2")] + Array(repeating: .down, count: 5) + [.enter] }),
    // In Chinese the widest status, `● 今日到期`, is 10 cells, as English's: due dates from
    // cell 12, titles from 32.
    TranslatedScreen(
      "milestones", role: .nurse, fever: true,
      columns: [
        Column(what: "the due day", rows: milestoneRow, from: 4),
        Column(what: "the title", rows: milestoneRow, from: 31),
      ]),
    TranslatedScreen(
      "milestone-detail", role: .nurse, fever: true,
      columns: [Column(what: "the values", rows: detailRow, from: 8)],
      keys: { _ in [.character("v")] }),
    TranslatedScreen("phase-picker", role: .nurse, fever: true, keys: { _ in [.character("a")] }),
    TranslatedScreen(
      "grading-form", role: .nurse, fever: true,
      columns: [
        Column(
          what: "the values",
          rows: { ($0.hasPrefix("   ") || $0.hasPrefix(" › ")) && $0.dropFirst(3).contains("  ") },
          from: 26)
      ],
      keys: { language in
        [.character("r")] + MemoryBackend.typing(number("38.9", language))
          + [.down, .down, .right, .down, .right]
      }),
    TranslatedScreen(
      "ice-form", role: .nurse, fever: true,
      columns: [Column(what: "the items", rows: { $0.contains("] ") }, from: 11)],
      keys: { _ in [.character("i"), .character(" ")] }),
    TranslatedScreen(
      "sledai-form", role: .nurse, fever: true,
      columns: [Column(what: "the descriptors", rows: { $0.contains("]  ") }, from: 10)],
      keys: { language in
        [.character("s")] + Array(repeating: .down, count: 8)
          + [.character(" "), .end, .up, .up] + MemoryBackend.typing(number("0.6", language))
      }),
    TranslatedScreen("trends", keys: { logFever($0) + [.character("4")] }),
    // The table of visits: the day, then the date from cell 22, the value from 34, and where
    // it falls from 59.
    TranslatedScreen(
      "trends-igg",
      columns: [
        Column(what: "the date", rows: { $0.hasPrefix("  第") }, from: 21),
        Column(what: "the value", rows: { $0.hasPrefix("  第") }, from: 33),
        Column(what: "low or high", rows: { $0.hasPrefix("  第") }, from: 53),
      ],
      keys: { logFever($0) + [.character("4")] + Array(repeating: .down, count: 6) }),
    TranslatedScreen("start", demo: false),
    TranslatedScreen(
      "start-phase-picker", now: ReadmeFrame.startDay, demo: false,
      columns: [Column(what: "what happens in each phase", rows: pickerRow, from: 3)],
      keys: { _ in
        [.character("n")] + typed("Maria Santos") + Array(repeating: .down, count: 5)
      }),
    TranslatedScreen(
      "start-summary", now: ReadmeFrame.startDay, demo: false,
      columns: [
        Column(
          what: "what each does", rows: { $0.dropFirst(2).first?.isNumber == true }, from: 5)
      ], keys: startPartWay),
    TranslatedScreen(
      "start-done", now: ReadmeFrame.startDay, demo: false,
      keys: { startPartWay($0) + [.enter, .enter] }),
    // The caregiver's home neuro check in the acute weeks: the form part-answered, its answers
    // in one column; then a first check whose sentence looked changed, saved, raising the
    // urgent alert with what was seen, and Today saying the check is done.
    TranslatedScreen(
      "neuro-check-form", now: ReadmeFrame.startDay, demo: false,
      columns: [
        Column(
          what: "the answers",
          rows: { ($0.hasPrefix("   ") || $0.hasPrefix(" › ")) && $0.dropFirst(3).contains("  ") },
          from: 40)
      ],
      keys: { startPartWay($0) + [.enter, .enter, .character("c"), .right, .down] }),
    TranslatedScreen(
      "today-neuro-check-changed", now: ReadmeFrame.startDay, demo: false,
      keys: { language in
        startPartWay(language) + [
          .enter, .enter, .character("c"), .right, .right, .down, .right, .down, .right, .down,
          .right, .enter,
        ]
      }),
  ]

  /// The frame the screens draw after the keys, in `language`.
  func render(in language: Language) throws -> CellBuffer {
    try ScreensHarness.frame(
      role: role, now: now, demo: demo, fever: fever, language: language, keys: keys(language))
  }
}
