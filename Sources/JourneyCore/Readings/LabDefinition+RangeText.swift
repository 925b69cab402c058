extension LabDefinition {
  /// The reference range as the visit report and the CSV write it: `700–1600` (the limits
  /// joined by `between`), `≥ 1.8` with only a low limit, `≤ 150` with only a high one; nil
  /// when the protocol gives no range. `number` writes each limit (a decimal comma, say).
  public func rangeText(between: String, number: (Double) -> String) -> String? {
    switch (low, high) {
    case (let low?, let high?): number(low) + between + number(high)
    case (let low?, nil): "≥ " + number(low)
    case (nil, let high?): "≤ " + number(high)
    case (nil, nil): nil
    }
  }
}
