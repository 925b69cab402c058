import JourneyCore
import Testing

@testable import TerminalUI

/// Alerts on the Today screen in the patient's language with the care team's below it, and
/// Chinese text (two cells a character, no spaces to wrap at) drawn whole and aligned at 80x24.
@Suite struct LanguageFrameTests {
  /// ``AlertFrameTests/alerting(phone:)`` speaking `languages`.
  static func alerting(_ languages: AlertLanguages) -> AppState {
    guard var data = AlertFrameTests.alerting().data else { return Fixture.state(data: nil) }
    data.languages = languages
    var state = Fixture.state(data: nil)
    _ = reduce(into: &state, .loaded(data))
    return state
  }

  /// The screen's text with every space removed: Chinese wraps anywhere, so a sentence is
  /// found whole however the lines fell.
  static func squeezed(_ lines: [String]) -> String {
    lines.joined().filter { $0 != " " }
  }

  @Test func chineseAlertIsWholeAndTheGermanTeamReadsItBelow() {
    let state = Self.alerting(AlertLanguages(patient: .simplifiedChinese, team: .german))
    let buffer = Frame.render(state, size: Size(width: 80, height: 24))
    let text = Self.squeezed(buffer.lines)
    let zh = "!!!紧急情况:请立即拨打112，然后致电您的CAR-T团队：+49913185-33010。"
    #expect(text.contains(zh), "\(buffer.lines.joined(separator: "\n"))")
    #expect(text.contains("如果无法打电话，请去最近的急诊科。告诉医生您接受过CAR-T细胞治疗，并出示您的患者卡。"))
    // The care team's language below the patient's: the same instruction in German.
    #expect(text.contains("NOTFALL:RufenSiejetzt112an,dannIhrCAR-T-Teamunter+49913185-33010."))
    #expect(text.contains("WennSienichtanrufenkönnen,gehenSieindienächsteNotaufnahme."))
    let chinese = text.range(of: "紧急情况")
    let german = text.range(of: "NOTFALL")
    #expect(chinese != nil && german != nil && chinese!.lowerBound < german!.lowerBound)
  }

  @Test(arguments: [Language.simplifiedChinese, .german, .spanish])
  func everyRowFitsTheWidth(language: Language) {
    let state = Self.alerting(AlertLanguages(patient: language, team: .english))
    for width in [80, 60, 40] {
      let buffer = Frame.render(state, size: Size(width: width, height: 24))
      for (y, line) in buffer.lines.enumerated() {
        #expect(TextWidth.of(text: line) <= width, "row \(y) at \(width): \(line)")
      }
    }
  }

  @Test func chineseIsTwoCellsACharacter() {
    #expect(TextWidth.of(text: "紧急情况") == 8)
    #expect(TextWidth.of(text: "，。：（）") == 10)
    #expect(
      Wrap.lines("如果无法打电话，请去最近的急诊科。", width: 10).allSatisfy {
        TextWidth.of(text: $0) <= 10
      })
  }
}
