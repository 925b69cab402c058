/// What a correction does to a line, as `carejourney amend` and the screens' detail ask it:
/// strike it out, give a logged entry a new value of its own kind, or move a journey event to
/// another date. The old line always stays, struck through.
public enum CorrectionChange: Equatable, Sendable {
  case strike
  case value(Entry.Body)
  case date(LocalDate)
}
