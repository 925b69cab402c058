import JourneyCore

extension LabChart {
  /// The chart in words, for accessible frames: every value, oldest first, with the visit it
  /// was taken at and where it falls against the reference range.
  ///
  /// `IgG at each visit, oldest first, in mg/dL: 520 on +90 (low), 610 on +180 (low).`
  public func sentence() -> String {
    let values = values.enumerated().filter { $0.element.isFinite }.map { index, value in
      let visit = index < labels.count ? labels[index] : tr("visit %s", String(index + 1))
      let number = Language.current.number(LabDefinition.format(value))
      switch lab.status(of: value) {
      case .low: return tr("%1$s on %2$s (low)", number, visit)
      case .high: return tr("%1$s on %2$s (high)", number, visit)
      case .normal: return tr("%1$s on %2$s (in range)", number, visit)
      case .noRange: return tr("%1$s on %2$s", number, visit, context: "lab value")
      }
    }
    guard !values.isEmpty else {
      return tr(
        "%1$s at each visit, oldest first, in %2$s: no value recorded.", lab.shownLabel, lab.unit)
    }
    return tr(
      "%1$s at each visit, oldest first, in %2$s: %3$s.", lab.shownLabel, lab.unit,
      values.joined(separator: tr(", ", context: "list")))
  }
}
