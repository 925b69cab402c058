import Testing

@testable import TerminalUI

/// TCA's `TestStore` in one call: send actions to the reducer, then expect the whole new state
/// to be the old one with `change` applied, and the effects to be exactly `effects`. A field
/// the reducer changed that `change` does not name fails the test, naming the field.
func assertTransition(
  _ state: inout AppState, _ actions: [Action], effects: [Effect] = [],
  sourceLocation: SourceLocation = #_sourceLocation,
  _ change: (inout AppState) -> Void = { _ in }
) {
  var expected = state
  change(&expected)
  // The Timeline's listing is a cache of its filter, search and order, kept by the reducer.
  TimelineScreen.syncListing(&expected)
  let produced = actions.flatMap { reduce(into: &state, $0) }
  #expect(produced == effects, "the effects", sourceLocation: sourceLocation)
  guard state != expected else { return }
  let fields = StateDifference.fields(state, expected)
  let comment = "the state differs (− expected, + actual):\n" + fields.joined(separator: "\n")
  Issue.record(Comment(rawValue: comment), sourceLocation: sourceLocation)
}

/// One action; see ``assertTransition(_:_:effects:sourceLocation:_:)``.
func assertTransition(
  _ state: inout AppState, _ action: Action, effects: [Effect] = [],
  sourceLocation: SourceLocation = #_sourceLocation,
  _ change: (inout AppState) -> Void = { _ in }
) {
  assertTransition(
    &state, [action], effects: effects, sourceLocation: sourceLocation, change)
}

/// Keys pressed one after the other; see ``assertTransition(_:_:effects:sourceLocation:_:)``.
func assertTransition(
  _ state: inout AppState, keys: [Key], effects: [Effect] = [],
  sourceLocation: SourceLocation = #_sourceLocation,
  _ change: (inout AppState) -> Void = { _ in }
) {
  assertTransition(
    &state, keys.map(Action.key), effects: effects, sourceLocation: sourceLocation, change)
}

/// Which stored fields of two states differ, for the report.
enum StateDifference {
  static func fields(_ actual: AppState, _ expected: AppState) -> [String] {
    let got = Mirror(reflecting: actual).children
    let want = Mirror(reflecting: expected).children
    return zip(got, want).flatMap { got, want -> [String] in
      guard !same(got.value, want.value) else { return [] }
      let name = got.label ?? "?"
      return [
        "− \(name): \(short(String(reflecting: want.value)))",
        "+ \(name): \(short(String(reflecting: got.value)))",
      ]
    }
  }

  static func same(_ a: Any, _ b: Any) -> Bool {
    if let a = a as? any Equatable, let equal = a.isEqual(to: b) { return equal }
    return String(reflecting: a) == String(reflecting: b)
  }

  static func short(_ text: String) -> String {
    text.count <= 400 ? text : String(text.prefix(400)) + "…"
  }
}

extension Equatable {
  /// Whether `other` is the same value; nil when it is another type.
  func isEqual(to other: Any) -> Bool? {
    (other as? Self).map { $0 == self }
  }
}
