import JourneyCore
import Testing

@testable import TerminalUI

/// Alerts on the screens: whom to call and the emergency number with every urgent alert at
/// every size, and a journey without a team phone warned about on every screen.
@Suite struct AlertFrameTests {
  /// The demo at Month 6 with a fever, a seizure and a rash logged this morning.
  static func alerting(phone: Bool = true) -> AppState {
    var data = Fixture.demo()
    if !phone {
      let demo = DemoJourney(today: Fixture.today, protocol: Fixture.care, utcOffset: 3600)
      let events = demo.events.map { event -> JourneyEvent in
        var event = event
        if case .created(let patient, let id, _, let unit, let began, _) = event.body {
          event.body = .created(
            patient: patient, protocolID: id, teamPhone: nil, temperatureUnit: unit, began: began)
        }
        return event
      }
      data.journey = Journey(events: events)
    }
    let author = Author(role: .patient, name: "Maria Santos")
    let bodies: [Entry.Body] = [
      .temperature(celsius: 38.6, asTyped: "38.6"), .symptom(name: "seizure", severity: 1),
      .symptom(name: "rash", severity: 1),
    ]
    for (index, body) in bodies.enumerated() {
      let at = Timestamp(date: Fixture.today, secondOfDay: 8 * 3600 + index * 60, utcOffset: 3600)
      data.entries.append(
        Entry(id: "a\(index)", recordedAt: at, observedAt: at, author: author, body: body))
    }
    var state = Fixture.state(data: nil)
    _ = reduce(into: &state, .loaded(data))
    return state
  }

  static func words(_ lines: [String]) -> String {
    lines.map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
  }

  @Test(arguments: [
    Size(width: 80, height: 24), Size(width: 60, height: 20), Size(width: 40, height: 12),
  ])
  func everyUrgentAlertSaysWhomToCallAndTheEmergencyNumber(size: Size) {
    let lines = Frame.render(Self.alerting(), size: size).lines
    let text = Self.words(lines)
    #expect(
      text.contains("!!! EMERGENCY: Call 112 now, then your CAR-T team on +49 9131 85-33010."),
      "\(lines)")
    #expect(
      text.contains("If you cannot call, go to the nearest emergency department."), "\(lines)")
    // The urgent fever beside the seizure keeps the team's number; the emergency number is on
    // the line above it.
    #expect(
      text.contains(
        "!! URGENT: Tell your CAR-T team about this too when you call them now on +49 9131 85-33010."
      ),
      "\(lines)")
    // The rash beside them is to be mentioned on that call, not "call today".
    #expect(!text.contains("CALL TODAY: Call your CAR-T team today"))
  }

  @Test(arguments: [
    Size(width: 39, height: 24), Size(width: 80, height: 11), Size(width: 30, height: 10),
  ])
  func belowTheMinimumTheShortFormKeepsBothNumbers(size: Size) {
    let lines = Frame.render(Self.alerting(), size: size).lines
    let text = Self.words(lines)
    #expect(text.contains("!!! EMERGENCY: call 112 now, then +49 9131 85-33010"), "\(lines)")
    #expect(text.contains("!! URGENT: tell +49 9131 85-33010 too; else 112"), "\(lines)")
    #expect(text.contains("Terminal too small"), "\(lines)")
  }

  @Test(arguments: AppState.Screen.tabs + [.help])
  func withoutATeamPhoneEveryScreenSaysSo(screen: AppState.Screen) {
    var state = Self.alerting(phone: false)
    state.screen = screen
    let text = Self.words(Frame.render(state, size: Size(width: 80, height: 24)).lines)
    #expect(
      text.contains(
        "! No CAR-T team phone number recorded: alerts cannot say whom to call. Add it: "
          + "carejourney settings --team-phone NUMBER"))
    #expect(text.contains("Call 112 now, then your CAR-T team (no team number is recorded)."))
    var phoned = Self.alerting()
    phoned.screen = screen
    #expect(
      !Self.words(Frame.render(phoned, size: Size(width: 80, height: 24)).lines).contains(
        "No CAR-T team phone"))
  }
}
