import JourneyApp
import JourneyCore
import TerminalUI

extension ScreensHarness {
  /// The 80x24 frame the screens draw for `role` after `keys`, in `language` (set as
  /// `CAREJOURNEY_LANG`): over the demo journey (or none), with the patient's 38.4 °C at 09:00
  /// saved before the screens open when `fever` (the nurse's screens: Maria Santos typed it).
  static func frame(
    role: Role, now: Timestamp, demo: Bool, fever: Bool, language: Language,
    accessible: Bool = false, keys: [Key]
  ) throws -> CellBuffer {
    let harness = try ScreensHarness(
      role: role, size: Frame.comfortable, demo: demo, now: now,
      language: language == .english ? nil : language
    ) { context in
      guard fever else { return }
      try Journal(context).save(
        [.temperature(celsius: 38.4, asTyped: "38.4")],
        author: Author(role: .patient, name: "Maria Santos"))
    }
    harness.type(keys)
    var state = harness.loop.state
    state.accessible = accessible
    return Language.$current.withValue(harness.loop.speaking) {
      Frame.render(state, size: Frame.comfortable)
    }
  }
}
