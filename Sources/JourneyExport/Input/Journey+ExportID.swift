import JourneyCore

extension Journey {
  /// The id of the journey's `created` line: what tells one journey's exported records from
  /// another's (FHIR resource ids, calendar UIDs). `journey` before a journey is started.
  var exportID: String {
    events.first { if case .created = $0.body { true } else { false } }?.id ?? "journey"
  }
}
