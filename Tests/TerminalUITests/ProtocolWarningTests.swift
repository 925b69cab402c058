import JourneyCore
import Testing

@testable import TerminalUI

/// A journey whose own protocol is missing is judged by the built-in rules, and every screen
/// says so, in words.
@Suite struct ProtocolWarningTests {
  @Test(arguments: [AppState.Screen.today, .timeline, .milestones, .trends, .help])
  func everyScreenSaysItsAlertsFollowTheBuiltInRules(screen: AppState.Screen) {
    var data = Fixture.demo()
    data.protocolWarning =
      "alerts and milestones follow the built-in cd19-sle rules only, not this journey's own "
      + "protocol (protocol.toml is missing from /data)"
    var state = Fixture.state(data: data)
    state.screen = screen
    let lines = Frame.render(state, size: Size(width: 80, height: 24)).lines
    let warning = lines.firstIndex { $0.contains("! WARNING: alerts and milestones follow the") }
    #expect(warning != nil, "\(lines.joined(separator: "\n"))")
    #expect(lines.joined().contains("built-in cd19-sle rules only"))
    var plain = state
    plain.data?.protocolWarning = nil
    #expect(
      !Frame.render(plain, size: Size(width: 80, height: 24)).lines.joined().contains("WARNING"))
  }
}
