import JourneyCore

extension LabChart {
  /// The chart in words, for accessible frames: every value, oldest first, with the visit it
  /// was taken at and where it falls against the reference range.
  ///
  /// `IgG at each visit, oldest first, in mg/dL: 520 on +90 (low), 610 on +180 (low).`
  public func sentence() -> String {
    let values = values.enumerated().filter { $0.element.isFinite }.map { index, value in
      let visit = index < labels.count ? labels[index] : "visit \(index + 1)"
      let status =
        switch lab.status(of: value) {
        case .low: " (low)"
        case .high: " (high)"
        case .normal: " (in range)"
        case .noRange: ""
        }
      return "\(LabDefinition.format(value)) on \(visit)\(status)"
    }
    let heading = "\(lab.label) at each visit, oldest first, in \(lab.unit)"
    guard !values.isEmpty else { return "\(heading): no value recorded." }
    return "\(heading): " + values.joined(separator: ", ") + "."
  }
}
