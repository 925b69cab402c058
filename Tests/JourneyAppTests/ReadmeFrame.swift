import JourneyApp
import JourneyCore
import TerminalUI
import Testing

/// How one README capture is made: whose screens, at which moment, the demo journey or none,
/// and the keys typed, sent through the real reducer and the real runner at 80x24.
struct ReadmeFrame: Sendable, CustomTestStringConvertible {
  let name: String
  let role: Role
  let now: Timestamp
  let demo: Bool
  let keys: [Key]
  /// The language the screens speak (`CAREJOURNEY_LANG`).
  let language: Language
  /// The patient's fever of 38.4 °C at 09:00, saved through the journal before the screens
  /// open (the nurse's captures: Maria Santos typed it on Today).
  let fever: Bool
  /// Drawn as `--accessible` draws it.
  let accessible: Bool

  var testDescription: String { name }

  /// The demo's day: Sunday 2026-11-22, Day +183, at 09:00 in Europe/Berlin.
  static let demoDay = ScreensHarness.now
  /// The part-way start's day: Thursday 2026-12-03 at 09:00.
  static let startDay = Timestamp(
    date: LocalDate(year: 2026, month: 12, day: 3)!, secondOfDay: 9 * 3600, utcOffset: 3600)

  static func typed(_ text: String) -> [Key] { MemoryBackend.typing(text) + [.enter] }
  static let logFever = [Key.character("t")] + typed("38.4")
  /// The Start screen's questions up to who is at the keyboard: Maria Santos, in hospital
  /// since her infusion on 2026-11-20, with her date of birth, sex and hospital number.
  static let startPartWay =
    [Key.character("n")] + typed("Maria Santos") + Array(repeating: .down, count: 5) + [.enter]
    + typed("2026-11-20") + typed("2026-11-20") + typed("+49 9131 85-33010")
    + typed("1984-03-02") + typed("female") + typed("https://hospital.example.org/mrn|A12345")
    + typed("")

  init(
    _ name: String, role: Role = .patient, now: Timestamp = demoDay, demo: Bool = true,
    fever: Bool = false, language: Language = .english, accessible: Bool = false,
    keys: [Key] = []
  ) {
    self.language = language
    self.name = name
    self.role = role
    self.now = now
    self.demo = demo
    self.fever = fever
    self.accessible = accessible
    self.keys = keys
  }

  /// Every capture in the README, by the name in its marker.
  static let all: [ReadmeFrame] = [
    ReadmeFrame("today-fever-80x24", keys: logFever),
    // The same in German (the reading typed with a decimal comma) and in Chinese.
    ReadmeFrame(
      "today-fever-de-80x24", language: .german, keys: [.character("t")] + typed("38,4")),
    ReadmeFrame("today-fever-zh-Hans-80x24", language: .simplifiedChinese, keys: logFever),
    ReadmeFrame("timeline-fever-80x24", keys: logFever + [.character("2")]),
    ReadmeFrame(
      "timeline-detail-80x24",
      keys: logFever + [.character("2")] + Array(repeating: .down, count: 5) + [.enter]),
    ReadmeFrame("milestones-nurse-80x24", role: .nurse, fever: true),
    ReadmeFrame(
      "grading-form-nurse-80x24", role: .nurse, fever: true,
      keys: [.character("r")] + MemoryBackend.typing("38.9") + [
        .down, .down, .right, .down, .right,
      ]
    ),
    ReadmeFrame(
      "ice-form-nurse-80x24", role: .nurse, fever: true, keys: [.character("i"), .character(" ")]),
    // Arthritis marked (the ninth row), then the physician global typed.
    ReadmeFrame(
      "sledai-form-nurse-80x24", role: .nurse, fever: true,
      keys: [.character("s")] + Array(repeating: .down, count: 8) + [
        .character(" "), .end, .up, .up,
      ]
        + MemoryBackend.typing("0.6")),
    ReadmeFrame("trends-fever-80x24", keys: logFever + [.character("4")]),
    ReadmeFrame(
      "trends-igg-80x24", keys: logFever + [.character("4")] + Array(repeating: .down, count: 6)),
    ReadmeFrame("today-accessible-80x24", accessible: true, keys: logFever),
    ReadmeFrame(
      "trends-accessible-80x24", accessible: true, keys: logFever + [.character("4"), .left]),
    ReadmeFrame("start-80x24", demo: false),
    ReadmeFrame(
      "start-phase-picker-80x24", now: startDay, demo: false,
      keys: [.character("n")] + typed("Maria Santos") + Array(repeating: .down, count: 5)),
    ReadmeFrame("start-summary-80x24", now: startDay, demo: false, keys: startPartWay),
    ReadmeFrame(
      "start-done-80x24", now: startDay, demo: false, keys: startPartWay + [.enter, .enter]),
    // Day +13 of the part-way start: the home neuro check, the sentence as usual, three
    // objects named, the date right, counting back still to answer.
    ReadmeFrame(
      "today-neuro-check-80x24", now: startDay, demo: false,
      keys: startPartWay + [
        .enter, .enter, .character("c"), .right, .down, .character("3"), .down,
        .right, .down,
      ]),
  ]

  /// The frame the screens draw after the keys, trailing blanks trimmed.
  func render() throws -> [String] {
    try ScreensHarness.frame(
      role: role, now: now, demo: demo, fever: fever, language: language,
      accessible: accessible, keys: keys
    ).lines
  }
}
