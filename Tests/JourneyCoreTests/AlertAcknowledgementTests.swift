import Testing

@testable import JourneyCore

/// Closing the loop on an alert: an urgent alert stays in force until someone records what was
/// done, a lesser one for its day; `remind` escalates an urgent one nobody answered in time.
@Suite struct AlertAcknowledgementTests {
  static let care = RedFlagsTests.care
  /// Day 0 2026-09-29, every phase recorded; an ended journey keeps its alerts.
  static func journey(_ shape: RedFlagsTests.Shape = .recorded) -> Journey { shape.journey }

  static func at(_ date: String, _ minute: Int) -> Timestamp {
    Timestamp(date: JourneyScript.date(date), secondOfDay: minute * 60, utcOffset: 3600)
  }

  static func fever(_ id: String, _ typed: String, on date: String, minute: Int) -> Entry {
    RedFlagsTests.entry(RedFlagsTests.temp(typed), on: date, minute: minute, id: id)
  }

  static func answer(_ alert: String, on date: String, minute: Int, id: String = "ack")
    -> Entry
  {
    Entry(
      id: id, recordedAt: at(date, minute), observedAt: at(date, minute),
      author: Author(role: .caregiver, name: "Luis"),
      body: .acknowledgement(alert: alert, note: "called the team, told to come in"))
  }

  func active(_ entries: [Entry], now: Timestamp, _ shape: RedFlagsTests.Shape = .recorded)
    -> [String]
  {
    RedFlags.active(journey: Self.journey(shape), entries: entries, protocol: Self.care, now: now)
      .map(\.id)
  }

  /// Day +40 (2026-11-08) at 10:00, a 38.4 °C fever (urgent): in force the next days while
  /// nobody answers it, up to ``RedFlags/openDays``; gone once answered.
  @Test(arguments: [RedFlagsTests.Shape.recorded, .completed])
  func urgentAlertStaysUntilAnswered(shape: RedFlagsTests.Shape) {
    let fever = Self.fever("f1", "38.4", on: "2026-11-08", minute: 600)
    let twoDaysLater = Self.at("2026-11-10", 600)
    #expect(active([fever], now: twoDaysLater, shape) == ["f1"])
    #expect(active([fever], now: Self.at("2026-11-15", 599), shape) == ["f1"])
    #expect(active([fever], now: Self.at("2026-11-15", 601), shape) == [])
    let answered = [fever, Self.answer("f1", on: "2026-11-08", minute: 620)]
    #expect(active(answered, now: Self.at("2026-11-08", 630), shape) == [])
    #expect(active(answered, now: twoDaysLater, shape) == [])
  }

  /// A call-today alert (a low temperature, 35.8 °C) is in force for its day only.
  @Test func lesserAlertLastsItsDay() {
    let low = Self.fever("l1", "35.8", on: "2026-11-08", minute: 600)
    #expect(active([low], now: Self.at("2026-11-09", 599)) == ["l1"])
    #expect(active([low], now: Self.at("2026-11-09", 601)) == [])
  }

  /// Answering the later fever answers the earlier one it covers; a struck-out answer answers
  /// nothing.
  @Test func answerCoversEarlierAndStrikeReopens() {
    let first = Self.fever("f1", "38.4", on: "2026-11-08", minute: 600)
    let second = Self.fever("f2", "38.9", on: "2026-11-08", minute: 660)
    let ack = Self.answer("f2", on: "2026-11-08", minute: 670)
    let now = Self.at("2026-11-09", 900)
    let all = RedFlags.answered(
      journey: Self.journey(), entries: [first, second, ack], protocol: Self.care, now: now)
    #expect(all.map(\.alert.id) == ["f2", "f1"])
    #expect(all.map(\.acknowledgement?.entryID) == ["ack", "ack"])
    let strike = Entry(
      id: "c1", recordedAt: Self.at("2026-11-08", 680), observedAt: Self.at("2026-11-08", 680),
      author: Author(role: .caregiver, name: "Luis"),
      body: .correction(target: "ack", reason: "wrong alert", replacement: nil))
    #expect(active([first, second, ack, strike], now: now) == ["f2"])
  }

  /// `remind` escalates an urgent alert nobody answered after the protocol's minutes (15), on
  /// both sides of the limit, naming the alert and who should act; in an ended journey too.
  @Test(arguments: [
    (14, RedFlagsTests.Shape.recorded, false), (15, .recorded, true), (16, .completed, true),
  ])
  func remindEscalatesUnanswered(after minutes: Int, shape: RedFlagsTests.Shape, due: Bool) {
    let fever = Self.fever("f1", "38.4", on: "2026-11-08", minute: 600)
    let now = Self.at("2026-11-08", 600 + minutes)
    let reminders = Reminders.due(
      journey: Self.journey(shape), entries: [fever], protocol: Self.care, now: now
    ).filter { $0.kind == .alertUnanswered }
    guard due else {
      #expect(reminders.isEmpty)
      return
    }
    #expect(reminders.map(\.id) == ["f1"])
    let message = reminders.first?.message ?? ""
    #expect(message.hasPrefix("!! URGENT alert f1 unanswered for \(minutes) min"))
    #expect(message.contains("Caregiver: check on"))
    #expect(message.contains("carejourney alerts ack f1 --note TEXT"))
    let answered = Reminders.due(
      journey: Self.journey(shape),
      entries: [fever, Self.answer("f1", on: "2026-11-08", minute: 605)],
      protocol: Self.care, now: now)
    #expect(!answered.contains { $0.kind == .alertUnanswered })
  }

  /// The protocol's minutes come from the file, and a centre may change them.
  @Test func protocolMinutes() throws {
    #expect(Self.care.acknowledgeUrgentWithinMinutes == 15)
    let text = try #require(CareProtocol.builtInText(named: "cd19-sle"))
      .replacingOccurrences(
        of: "acknowledge-urgent-within-minutes = 15", with: "acknowledge-urgent-within-minutes = 5")
    #expect(try CareProtocol(toml: text).acknowledgeUrgentWithinMinutes == 5)
  }

  /// An acknowledgement line survives the codec with its alert and note.
  @Test func lineRoundTrip() throws {
    let ack = Self.answer("temperature-not-logged@2026-11-08", on: "2026-11-08", minute: 1230)
    let line = LineCodec.encode(ack)
    #expect(line.contains("\"type\":\"acknowledgement\""))
    #expect(try LineCodec.decodeEntry(line) == ack)
  }
}
