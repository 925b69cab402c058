import JourneyCore

extension CSVExport {
  /// The value and UCUM unit a person typed for an item, for the `typed_value` and
  /// `typed_unit` columns: `100.8F` is 100.8 `[degF]` beside the stored 38.22 `Cel`, `135lb`
  /// is 135 `[lb_av]` beside 61.23 `kg`. Where nothing was converted, or the typed text is
  /// missing or does not give the stored value back (a line written before it was kept), the
  /// stored value and unit; nil for an item without a value.
  static func typed(_ item: TimelineItem, body: Entry.Body?) -> (value: Double, unit: String)? {
    let stored = item.value.map { ($0, item.unit ?? "") }
    switch body {
    case .temperature(let celsius, let asTyped):
      guard let typed = Reading.typedTemperature(asTyped) else { return stored }
      guard abs(typed.celsius - celsius) < 0.01 else { return stored }
      return (typed.value, typed.unit == .fahrenheit ? "[degF]" : "Cel")
    case .weight(let kilograms, let asTyped):
      guard let typed = Reading.typedWeight(asTyped) else { return stored }
      guard abs(typed.kilograms - kilograms) < 0.01 else { return stored }
      return (typed.value, typed.pounds ? "[lb_av]" : "kg")
    default: return stored
    }
  }
}
