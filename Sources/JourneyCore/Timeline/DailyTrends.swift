/// The day-by-day series the Trends screen and the visit report draw: entries as they stand after
/// corrections, the highest temperature of each day, the worst severity of each symptom by day.
public enum DailyTrends {
  /// One symptom's worst severity a day (0–4), oldest first; nil where it was not logged.
  public struct SymptomSeries: Equatable, Sendable {
    /// The protocol's symptom id (`chills`), or the name as logged when the protocol lacks it.
    public var id: String
    /// The name shown (`Chills`).
    public var label: String
    public var values: [Int?]
    /// A sign logged only as happened (``SymptomDefinition/Scale/present``): its 1 is "yes",
    /// not "mild".
    public var happensOnly: Bool

    public init(id: String, label: String, values: [Int?], happensOnly: Bool = false) {
      self.id = id
      self.label = label
      self.values = values
      self.happensOnly = happensOnly
    }
  }

  /// Entries as they stand after corrections: struck-out ones left out, replacements in (at the
  /// correction's own time, with its id), everything else as it was.
  public static func current(_ entries: [Entry]) -> [Entry] {
    var struck: Set<String> = []
    for entry in entries {
      if case .correction(let target, _, _) = entry.body { struck.insert(target) }
    }
    return entries.compactMap { entry in
      guard !struck.contains(entry.id) else { return nil }
      if case .correction(_, _, let replacement) = entry.body {
        guard let replacement else { return nil }
        var shown = entry
        shown.body = replacement
        return shown
      }
      return entry
    }
  }

  /// The highest temperature (°C) of each of `days` days from `first`, oldest first, from
  /// entries that stand (see ``current(_:)``); nil for a day without one.
  public static func dailyMaximum(_ entries: [Entry], from first: LocalDate, days: Int) -> [Double?]
  {
    var result = [Double?](repeating: nil, count: max(0, days))
    for entry in entries {
      guard case .temperature(let celsius, _) = entry.body else { continue }
      let index = first.days(to: entry.observedAt.date)
      guard result.indices.contains(index) else { continue }
      result[index] = max(result[index] ?? celsius, celsius)
    }
    return result
  }

  /// The worst severity of each symptom logged on `days` days from `first`, one series per
  /// symptom in the protocol's order; symptoms the protocol does not list follow by name.
  public static func symptoms(
    _ entries: [Entry], care: CareProtocol, from first: LocalDate, days: Int
  ) -> [SymptomSeries] {
    var rows: [String: [Int?]] = [:]
    for entry in entries {
      guard case .symptom(let name, let severity) = entry.body else { continue }
      let index = first.days(to: entry.observedAt.date)
      guard index >= 0, index < days else { continue }
      var values = rows[name] ?? [Int?](repeating: nil, count: days)
      values[index] = max(values[index] ?? severity, severity)
      rows[name] = values
    }
    let listed = care.symptoms.compactMap { symptom in
      rows.removeValue(forKey: symptom.id).map {
        SymptomSeries(
          id: symptom.id, label: symptom.label(in: Language.current), values: $0,
          happensOnly: symptom.scale == .present)
      }
    }
    let others = rows.keys.sorted().compactMap { name in
      rows[name].map { SymptomSeries(id: name, label: name, values: $0) }
    }
    return listed + others
  }
}

extension CareProtocol {
  /// Where the temperature charts draw the fever line: the lowest `temperature at-least` red
  /// flag (38.0 °C in the default protocol), or 38.0 °C when the protocol has none.
  public var feverThreshold: Double {
    redFlags.compactMap { rule -> Double? in
      guard case .measure(.temperature, let bounds) = rule.condition,
        bounds.below == nil, bounds.atMost == nil
      else { return nil }
      return bounds.atLeast
    }.min() ?? ASTCT.feverCelsius
  }
}
