extension CareProtocol {
  /// Why each lab value of `body` (or of the correction replacing one) is outside the range
  /// this protocol calls plausible, as `carejourney visit` would have refused it; empty when
  /// none is. `verify` reports these, and `import` refuses a backup holding one.
  public func implausibleLabs(in body: Entry.Body) -> [String] {
    var body = body
    if case .correction(_, _, let replacement?) = body { body = replacement }
    guard case .labs(let results) = body else { return [] }
    return results.compactMap { result in
      guard let lab = lab(named: result.lab), !lab.plausible.contains(result.value) else {
        return nil
      }
      return "\(lab.label) \(LabDefinition.format(result.value)) \(lab.unit) is outside the "
        + "protocol's plausible range \(LabDefinition.format(lab.plausible.lowerBound))–"
        + "\(LabDefinition.format(lab.plausible.upperBound)) \(lab.unit), which "
        + "`carejourney visit` refuses"
    }
  }
}
