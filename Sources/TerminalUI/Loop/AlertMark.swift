import JourneyCore

/// How a row that raised an alert is marked: the alert's symbol (`!!` emergency or urgent, `!` call
/// today, `i` information) and style, so a call-today reading never looks like an urgent one.
enum AlertMark {
  static func of(_ level: RedFlagRule.Level?) -> (mark: String, style: Style?) {
    switch level {
    case .emergency: ("!!", Style(.urgent, bold: true))
    case .urgent: ("!!", Style(.urgent, bold: true))
    case .callToday: (" !", Style(.warning, bold: true))
    case .info: (" i", Style(.info))
    case nil: ("  ", nil)
    }
  }
}
