import JourneyCore

/// One timeline item in JSON and CSV output.
public struct TimelineRow: Encodable {
  var id: String
  var date: LocalDate
  @NullWhenAbsent var time: String?
  @NullWhenAbsent var day: Int?
  @NullWhenAbsent var dayLabel: String?
  var phase: Phase
  var type: String
  var text: String
  @NullWhenAbsent var value: Double?
  @NullWhenAbsent var unit: String?
  @NullWhenAbsent var severity: Int?
  var author: Author
  /// The computer it was written on, once two computers write to the journey (left out
  /// before).
  var device: String?
  var struckOut: Bool
  @NullWhenAbsent var correction: String?
  /// The day the line was written, when later than the day it describes (a late entry).
  @NullWhenAbsent var enteredOn: LocalDate?
  /// True when no date was entered for it: `date` is then the day it was written.
  var undated: Bool

  public init(_ item: TimelineItem) {
    id = item.id
    date = item.date
    time = item.time?.description
    day = item.day.number
    dayLabel = item.day.dayLabel
    phase = item.phase
    type = item.kind.rawValue
    text = item.text
    value = item.value
    unit = item.unit
    severity = item.severity
    author = item.author
    device = item.device
    struckOut = item.struckOut
    correction = item.correction
    enteredOn = item.enteredOn
    undated = item.undated
  }

}
