extension HistoryRow {
  /// What only a few rows have, kept apart so the others do not carry room for it: an id
  /// that is not 16 hexadecimal digits, the computer a line was written on (once two write to
  /// the journey), a correction, the day a late entry was written.
  final class Rare: Equatable, Sendable {
    /// The id when it is not ``ID/hex(_:)``.
    let id: ID?
    let device: String?
    let correction: String?
    /// The day written, as days since 1970, for a late entry.
    let enteredDay: Int32?

    init(id: ID?, device: String?, correction: String?, enteredDay: Int32?) {
      self.id = id
      self.device = device
      self.correction = correction
      self.enteredDay = enteredDay
    }

    static func == (a: Rare, b: Rare) -> Bool {
      a === b
        || (a.id == b.id && a.device == b.device && a.correction == b.correction
          && a.enteredDay == b.enteredDay)
    }
  }
}
