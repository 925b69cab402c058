import JourneyCore

/// One logged entry on the timeline, kept small for years of them: the date and time as
/// numbers, the text shared with equal rows, and the alert it raised, so nothing else about
/// the entry has to be kept.
public struct HistoryRow: Equatable, Sendable {
  /// The entry's id: the usual 16 lowercase hexadecimal digits as one number (no string to
  /// allocate for each of 40,000 rows), anything else as written.
  enum ID: Equatable, Sendable {
    case hex(UInt64)
    case text(String)

    init(_ id: String) {
      let utf8 = id.utf8
      if utf8.count == 16, utf8.allSatisfy({ (48...57).contains($0) || (97...102).contains($0) }),
        let value = UInt64(id, radix: 16)
      {
        self = .hex(value)
      } else {
        self = .text(id)
      }
    }

    var text: String {
      switch self {
      case .text(let id): return id
      case .hex(let value):
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
      }
    }
  }

  var storedID: ID
  public var id: String { storedID.text }
  var day: Int32
  var second: Int32
  var offset: Int32
  public var kind: TimelineItem.Kind
  /// The most urgent level of the alerts the entry raised, if any.
  public var alert: RedFlagRule.Level?
  public var struckOut: Bool
  public var text: String
  public var value: Double?
  public var unit: String?
  var severity: Int8?
  public var author: Author
  /// The computer it was written on, once two write to the journey.
  public var device: String?
  public var correction: String?
  /// The day written, as days since 1970, for a late entry.
  var enteredDay: Int32?

  /// A row for an entry's timeline item (which has a time).
  init(_ item: TimelineItem, alert: RedFlagRule.Level?) {
    let time = item.time ?? Timestamp(date: item.date, secondOfDay: 0, utcOffset: 0)
    storedID = ID(item.id)
    day = Int32(clamping: item.date.daysSinceEpoch)
    second = Int32(clamping: time.secondOfDay)
    offset = Int32(clamping: time.utcOffset)
    kind = item.kind
    self.alert = alert
    struckOut = item.struckOut
    text = item.text
    value = item.value
    unit = item.unit
    severity = item.severity.map { Int8(clamping: $0) }
    author = item.author
    device = item.device
    correction = item.correction
    enteredDay = item.enteredOn.map { Int32(clamping: $0.daysSinceEpoch) }
  }

  public var date: LocalDate { LocalDate(daysSinceEpoch: Int(day)) }

  /// The timeline item again, its day label and phase worked out from the journey.
  public func item(journey: Journey, care: CareProtocol) -> TimelineItem {
    let date = self.date
    return TimelineItem(
      id: id, date: date,
      time: Timestamp(date: date, secondOfDay: Int(second), utcOffset: Int(offset)),
      day: StudyDay(date: date, journey: journey, protocol: care),
      phase: Timeline.phase(on: date, journey: journey), kind: kind, text: text, value: value,
      unit: unit, severity: severity.map(Int.init), author: author, struckOut: struckOut,
      correction: correction, enteredOn: enteredDay.map { LocalDate(daysSinceEpoch: Int($0)) },
      device: device)
  }
}
