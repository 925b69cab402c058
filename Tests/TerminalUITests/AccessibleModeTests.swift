import Testing

@testable import TerminalUI

/// `--accessible` and `CAREJOURNEY_ACCESSIBLE`: one place decides.
@Suite struct AccessibleModeTests {
  @Test(
    arguments: [
      (false, [:], false), (true, [:], true), (false, ["CAREJOURNEY_ACCESSIBLE": "1"], true),
      (false, ["CAREJOURNEY_ACCESSIBLE": "yes"], true),
      (false, ["CAREJOURNEY_ACCESSIBLE": " TRUE "], true),
      (false, ["CAREJOURNEY_ACCESSIBLE": "0"], false),
      (false, ["CAREJOURNEY_ACCESSIBLE": ""], false),
      (true, ["CAREJOURNEY_ACCESSIBLE": "0"], true),
    ] as [(Bool, [String: String], Bool)])
  func requested(flag: Bool, environment: [String: String], accessible: Bool) {
    #expect(AccessibleMode.requested(flag: flag, environment: environment) == accessible)
  }
}
