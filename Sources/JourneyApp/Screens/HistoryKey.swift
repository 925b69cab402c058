import JourneyCore

/// What the older days' rows depend on besides their files: if any of it changes, they are read
/// again.
struct HistoryKey: Equatable {
  var unit: TemperatureUnit
  var dayZero: LocalDate?
  /// The phases entered before the recent days, with their dates.
  var stays: [String]
  var protocolFile: [Int]
  /// The journey's language setting: the rows' words are in it.
  var language: String?

  init(journey: Journey, protocolFile: [Int], before: LocalDate) {
    unit = journey.temperatureUnit
    dayZero = journey.dayZero
    stays = journey.stays.filter { $0.start.map { $0 < before } ?? true }.map {
      "\($0.phase.rawValue) \($0.start?.description ?? "undated")"
    }
    self.protocolFile = protocolFile
    language = journey.language
  }
}
