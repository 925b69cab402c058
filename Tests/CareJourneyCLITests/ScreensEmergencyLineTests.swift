import Foundation
import Testing

/// The built binary in tmux: an urgent alert shows whom to call and the emergency number at
/// 80x24 and every size below it, never cut off.
@Suite(.serialized, .onWaitingThreads) struct ScreensEmergencyLineTests {
  /// The screen's words with the line breaks and indents of wrapping taken out.
  static func words(_ screen: String) -> String {
    screen.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
      .joined(separator: " ")
  }

  @Test func theEmergencyLineStaysAtEverySize() throws {
    let cli = try CLIHarness()
    defer { cli.cleanUp() }
    try cli.prepare([["demo"]])
    let app = try TmuxSession(screensOf: cli)
    try app.resize(width: 80, height: 24)
    try app.waitFor("Day +183 · Month 6 · Follow-up")
    try app.send("t")
    try app.waitFor("Temperature (°C")
    try app.type("38.4")
    try app.send("Enter")
    let full = [
      "!! URGENT: Call your CAR-T team now on +49 9131 85-33010.",
      "If you cannot reach them now, call 112 or go to the nearest emergency department. Say you "
        + "had CAR-T cell therapy and show your wallet card.",
    ]
    let sizes = [(80, 24), (60, 20), (40, 12), (39, 11), (30, 10), (20, 8)]
    for (width, height) in sizes {
      try app.resize(width: width, height: height)
      let expected =
        width >= 40 && height >= 12 ? full : ["!! URGENT: call +49 9131 85-33010 now; else 112"]
      try app.waitFor("the emergency line at \(width)x\(height)") { screen in
        let text = Self.words(screen)
        return expected.allSatisfy(text.contains)
          && (width >= 40 && height >= 12 || text.contains("Terminal too small"))
      }
    }
    try app.resize(width: 80, height: 24)
    try app.send("q")
    #expect(try app.waitForExit() == 0)
  }
}
