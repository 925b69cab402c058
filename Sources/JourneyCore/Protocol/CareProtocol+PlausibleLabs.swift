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
      return tr(
        "%1$s %2$s %3$s is outside the protocol's plausible range %4$s–%5$s %3$s, which "
          + "`carejourney visit` refuses", lab.label, LabDefinition.format(result.value), lab.unit,
        LabDefinition.format(lab.plausible.lowerBound),
        LabDefinition.format(lab.plausible.upperBound))
    }
  }
}
