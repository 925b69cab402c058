import JourneyCore

/// One logged entry on the timeline, kept small for years of them: the id, date and time as
/// numbers, the text, unit and author shared with equal rows, the rare parts apart, and the
/// alert it raised, so nothing else about the entry has to be kept (56 bytes a row, not 160).
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

  /// The id as one number when it is 16 hexadecimal digits (``ID``); otherwise in ``rare``.
  var hexID: UInt64
  public var value: Double?
  var day: Int32
  var second: Int32
  var offset: Int32
  public var kind: TimelineItem.Kind
  /// The most urgent level of the alerts the entry raised, if any.
  public var alert: RedFlagRule.Level?
  /// Struck through by a later correction (still shown).
  public var struckOut: Bool
  var severity: Int8?
  /// The text, unit and author, shared by every row that says the same (ten years of rows
  /// say a few hundred things): one reference instead of three strings a row.
  var shared: Shared
  /// What few rows have (an id written otherwise, a device, a correction, a late entry's
  /// day); nil for the others.
  var rare: Rare?

  var storedID: ID { rare?.id ?? .hex(hexID) }
  public var id: String { storedID.text }
  public var text: String { shared.content.text }
  public var unit: String? { shared.content.unit }
  public var author: Author { shared.content.author }
  /// The computer it was written on, once two write to the journey.
  public var device: String? { rare?.device }
  public var correction: String? { rare?.correction }
  /// The day written, as days since 1970, for a late entry.
  var enteredDay: Int32? { rare?.enteredDay }

  /// A row for an entry's timeline item (which has a time), its text, unit and author taken
  /// from `shared` when a row there says the same, and added to it otherwise.
  init(_ item: TimelineItem, alert: RedFlagRule.Level?, shared table: inout Shared.Table) {
    let time = item.time ?? Timestamp(date: item.date, secondOfDay: 0, utcOffset: 0)
    let id = ID(item.id)
    if case .hex(let value) = id { hexID = value } else { hexID = 0 }
    day = Int32(clamping: item.date.daysSinceEpoch)
    second = Int32(clamping: time.secondOfDay)
    offset = Int32(clamping: time.utcOffset)
    kind = item.kind
    self.alert = alert
    struckOut = item.struckOut
    value = item.value
    severity = item.severity.map { Int8(clamping: $0) }
    shared = table.shared(text: item.text, unit: item.unit, author: item.author)
    let enteredDay = item.enteredOn.map { Int32(clamping: $0.daysSinceEpoch) }
    if case .text = id {
      rare = Rare(
        id: id, device: item.device, correction: item.correction, enteredDay: enteredDay)
    } else if item.device != nil || item.correction != nil || enteredDay != nil {
      rare = Rare(id: nil, device: item.device, correction: item.correction, enteredDay: enteredDay)
    } else {
      rare = nil
    }
  }

  /// A row for an entry's timeline item, sharing nothing with other rows.
  init(_ item: TimelineItem, alert: RedFlagRule.Level?) {
    var table = Shared.Table()
    self.init(item, alert: alert, shared: &table)
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
