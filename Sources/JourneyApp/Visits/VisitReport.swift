import JourneyCore

/// What `visit --json` prints: the entry id, the date, and each lab with its range.
public struct VisitReport: Encodable {
  struct Lab: Encodable {
    var lab: String
    var value: Double
    var unit: String
    var typedValue: Double
    var typedUnit: String
    @NullWhenAbsent var low: Double?
    @NullWhenAbsent var high: Double?
    var status: String
  }

  var id: String
  var date: String
  var labs: [Lab]
  /// The red flags the visit raised, most urgent first, as `status --json` gives them.
  var alerts: [AlertReport]

  public init(entry: Entry, results: [LabResult], alerts: [Alert], care: CareProtocol) {
    id = entry.id
    date = "\(entry.observedAt.date)"
    self.alerts = alerts.map(AlertReport.init)
    labs = results.map { result in
      let definition = care.lab(named: result.lab)
      return Lab(
        lab: result.lab, value: result.value, unit: definition?.unit ?? result.typedUnit,
        typedValue: result.typedValue, typedUnit: result.typedUnit, low: definition?.low,
        high: definition?.high,
        status: definition?.status(of: result.value).rawValue ?? "no-range")
    }
  }
}
