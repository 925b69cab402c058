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
      return typedTemperature(asTyped, celsius: celsius) ?? stored
    case .weight(let kilograms, let asTyped):
      return typedWeight(asTyped, kilograms: kilograms) ?? stored
    default: return stored
    }
  }

  /// A temperature as typed (`100.8F` → 100.8 `[degF]`), when the text reads back as the
  /// stored `celsius`; nil otherwise.
  static func typedTemperature(_ text: String, celsius: Double) -> (value: Double, unit: String)? {
    guard let typed = Reading.typedTemperature(text) else { return nil }
    guard abs(typed.celsius - celsius) < 0.01 else { return nil }
    return (typed.value, typed.unit == .fahrenheit ? "[degF]" : "Cel")
  }

  /// A weight as typed (`135lb` → 135 `[lb_av]`), when the text reads back as the stored
  /// `kilograms`; nil otherwise.
  static func typedWeight(_ text: String, kilograms: Double) -> (value: Double, unit: String)? {
    guard let typed = Reading.typedWeight(text) else { return nil }
    guard abs(typed.kilograms - kilograms) < 0.01 else { return nil }
    return (typed.value, typed.pounds ? "[lb_av]" : "kg")
  }
}
