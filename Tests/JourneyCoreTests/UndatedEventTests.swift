import Foundation
import Testing

@testable import JourneyCore

/// Events with no date entered, and lines written later than the day they describe: how they
/// are stored, folded, listed and counted among the milestones.
@Suite struct UndatedEventTests {
  static let d = JourneyScript.date
  static let at = Timestamp(date: d("2026-12-03"), secondOfDay: 9 * 3600, utcOffset: 3600)
  static let nurse = Author(role: .nurse, name: "Ana")

  static let bodies: [(JourneyEvent.Body, Int)] = [
    (.created(patient: "M", protocolID: "p", teamPhone: nil, temperatureUnit: .celsius), 1),
    (
      .created(
        patient: "M", protocolID: "p", teamPhone: nil, temperatureUnit: .celsius,
        began: .on(d("2026-10-01"))), 2
    ),
    (
      .created(
        patient: "M", protocolID: "p", teamPhone: nil, temperatureUnit: .celsius, began: .notEntered
      ), 2
    ),
    (.phaseEntered(phase: .leukapheresis, on: d("2026-10-14"), reason: nil, note: nil), 1),
    (.phaseEntered(phase: .leukapheresis, on: nil, reason: nil, note: "before CareJourney"), 2),
    (.milestoneSigned(milestone: "consent", on: nil, note: nil), 2),
  ]

  /// Each line reads back as written, by the quick reader and by `JSONDecoder` alike, and says
  /// the oldest format that reads it: 2 only where a date is left out or a start is given.
  @Test(arguments: bodies)
  func linesRoundTripWithTheOldestVersionThatReadsThem(body: JourneyEvent.Body, version: Int) throws
  {
    let event = JourneyEvent(id: "e1", recordedAt: Self.at, author: Self.nurse, body: body)
    let line = LineCodec.encode(event)
    #expect(try LineCodec.decodeEvent(line) == event)
    #expect(line.contains("\"v\":\(version)"), "\(line)")
    let quick = try #require(LineCodec.quickRecord(line))
    let decoded = try JSONDecoder().decode(LineCodec.Record.self, from: Data(line.utf8))
    #expect(quick.undated == decoded.undated)
    #expect(quick.on == decoded.on)
  }

  @Test(arguments: [
    (
      #"{"v":2,"id":"a","ts":"2026-12-03T09:00:00+01:00","by":{"role":"nurse","name":"A"},"type":"phase-entered","phase":"infusion"}"#,
      "phase-entered line without on"
    ),
    (
      #"{"v":2,"id":"a","ts":"2026-12-03T09:00:00+01:00","by":{"role":"nurse","name":"A"},"type":"phase-entered","phase":"infusion","on":"2026-11-20","undated":true}"#,
      "both on and undated"
    ),
    (
      #"{"v":2,"id":"a","ts":"2026-12-03T09:00:00+01:00","by":{"role":"nurse","name":"A"},"type":"created","patient":"M","protocol":"p","on":"2026-11-20","undated":true}"#,
      "both on and undated"
    ),
  ])
  func aLineThatContradictsItselfIsReportedDamaged(line: String, fragment: String) {
    do {
      _ = try LineCodec.decodeEvent(line)
      Issue.record("decoded \(line)")
    } catch {
      #expect(error.reason.contains(fragment), "\(error.reason)")
    }
  }

  /// A journey recorded on Day +13 with the phases before it undated: the fold keeps their
  /// order, dates only what was given, and later dates are checked against the last dated one.
  static func partWay() -> JourneyScript {
    var script = JourneyScript(began: .notEntered, recordedOn: "2026-12-03")
    for phase in [Phase.leukapheresis, .manufacturing, .lymphodepletion] {
      script.add(.phaseEntered(phase: phase, on: nil, reason: nil, note: nil), on: "2026-12-03")
    }
    script.add(
      .phaseEntered(phase: .infusion, on: d("2026-11-20"), reason: nil, note: nil), on: "2026-12-03"
    )
    script.add(
      .phaseEntered(phase: .hospitalStay, on: d("2026-11-20"), reason: nil, note: nil),
      on: "2026-12-03")
    return script
  }

  @Test func theFoldKeepsUndatedPhasesInOrderWithoutADate() throws {
    let journey = Self.partWay().journey
    #expect(journey.problems == [])
    #expect(
      journey.stays.map(\.phase) == [
        .screening, .leukapheresis, .manufacturing, .lymphodepletion, .infusion, .hospitalStay,
      ])
    #expect(
      journey.stays.map(\.start) == [
        nil, nil, nil, nil, Self.d("2026-11-20"), Self.d("2026-11-20"),
      ])
    #expect(journey.phaseStart == Self.d("2026-11-20"))
    #expect(journey.dayZero == Self.d("2026-11-20"))
    #expect(journey.firstRecorded == Self.d("2026-12-03"))
    #expect(journey.lastDatedStay?.phase == .hospitalStay)
    #expect(Timeline.phase(on: Self.d("2026-11-19"), journey: journey) == .screening)
    #expect(Timeline.phase(on: Self.d("2026-11-25"), journey: journey) == .hospitalStay)
    #expect(throws: JourneyError.self) {
      try journey.checkTransition(to: .postDischarge, on: Self.d("2026-11-19"), reason: nil)
    }
  }

  /// An undated phase is given its date later by moving its event; the replay keeps the order.
  @Test(arguments: [("2026-10-14", true), ("2026-11-21", false)])
  func anUndatedPhaseIsDatedByMovingIt(date: String, accepted: Bool) {
    let journey = Self.partWay().journey
    let leukapheresis = journey.stays[1].eventID
    let move = JourneyEvent(
      id: "m1", recordedAt: Self.at, author: Self.nurse,
      body: .corrected(target: leukapheresis, reason: "found the letter", on: Self.d(date)))
    do {
      let moved = try journey.checkNew(move, today: Self.d("2026-12-03"))
      #expect(accepted)
      #expect(moved.stays[1].start == Self.d(date))
      let row = Timeline.items(
        journey: moved, entries: [], protocol: CareProtocol(id: "p", name: "P")
      )
      .first { $0.id == leukapheresis }
      #expect(row?.undated == false)
      #expect(row?.date == Self.d(date))
      #expect(row?.correction == "moved from no date by Ana (nurse): found the letter")
    } catch {
      #expect(!accepted, "\(error)")
    }
  }

  /// Entering a phase already recorded with no date gives it its date; a move the table allows
  /// from here is a phase entered, as always (re-collection too).
  @Test func enteringAnUndatedPhaseGivesItsDate() {
    let partWay = Self.partWay().journey
    let leukapheresis = partWay.stays[1].eventID
    #expect(
      partWay.entering(.leukapheresis, on: Self.d("2026-10-14"), reason: nil, note: nil)
        == .corrected(
          target: leukapheresis, reason: "date entered: it was not known", on: Self.d("2026-10-14"))
    )
    #expect(
      partWay.entering(.postDischarge, on: Self.d("2026-12-01"), reason: nil, note: nil)
        == .phaseEntered(phase: .postDischarge, on: Self.d("2026-12-01"), reason: nil, note: nil))
    let manufacturing = JourneyScript.at(.manufacturing).journey
    #expect(
      manufacturing.entering(.leukapheresis, on: Self.d("2026-09-20"), reason: "failed", note: nil)
        == .phaseEntered(
          phase: .leukapheresis, on: Self.d("2026-09-20"), reason: "failed", note: nil))
    #expect(
      JourneyScript.at(.infusion).journey.entering(
        .leukapheresis, on: Self.d("2026-10-01"), reason: nil, note: nil)
        == .phaseEntered(phase: .leukapheresis, on: Self.d("2026-10-01"), reason: nil, note: nil))
  }

  /// The timeline says plainly which dates were not entered, and marks every line written on a
  /// later day than it describes.
  @Test func theTimelineSaysDateNotEnteredAndMarksLateEntries() throws {
    let journey = Self.partWay().journey
    let fever = Entry(
      id: "t1", recordedAt: Self.at,
      observedAt: Timestamp(date: Self.d("2026-11-22"), secondOfDay: 20 * 3600, utcOffset: 3600),
      author: Author(role: .patient, name: "Maria"),
      body: .temperature(celsius: 38.4, asTyped: "38.4"))
    let sameDay = Entry(
      id: "t2", recordedAt: Self.at, observedAt: Self.at,
      author: Author(role: .patient, name: "Maria"),
      body: .temperature(celsius: 36.8, asTyped: "36.8"))
    let items = Timeline.items(
      journey: journey, entries: [fever, sameDay], protocol: CareProtocol(id: "p", name: "P"))
    let rows = items.map { ($0.date.description, $0.text, $0.undated, $0.enteredOn?.description) }
    #expect(
      rows.map(\.0) == [
        "2026-11-20", "2026-11-20", "2026-11-22", "2026-12-03", "2026-12-03", "2026-12-03",
        "2026-12-03", "2026-12-03",
      ])
    #expect(rows[0] == ("2026-11-20", "Entered infusion", false, "2026-12-03"))
    #expect(rows[1] == ("2026-11-20", "Entered hospital stay", false, "2026-12-03"))
    #expect(rows[2] == ("2026-11-22", "Temperature 38.4 °C", false, "2026-12-03"))
    #expect(
      rows[3] == (
        "2026-12-03",
        "Journey started for Maria (protocol test) — the date screening began was not entered",
        true, nil
      ))
    #expect(rows[4] == ("2026-12-03", "Entered leukapheresis — date not entered", true, nil))
    #expect(rows[7] == ("2026-12-03", "Temperature 36.8 °C", false, nil))
    #expect(items[2].lateEntryText == "entered on 2026-12-03")
  }

  static let care = MilestoneTests.care

  /// Milestones that fell before the first day in CareJourney are not recorded, never overdue;
  /// those due from that day on are overdue as before; one marked done elsewhere is done with no
  /// date.
  @Test func milestonesBeforeCareJourneyAreNotRecordedNotOverdue() throws {
    var script = JourneyScript(began: .on(Self.d("2026-09-01")), recordedOn: "2026-10-20")
    script.enter(.leukapheresis, "2026-10-01")
    script.add(.planned(phase: .infusion, date: Self.d("2026-11-20")), on: "2026-10-20")
    script.add(.milestoneSigned(milestone: "washout", on: nil, note: nil), on: "2026-10-20")
    let milestones = script.journey.milestones(protocol: Self.care, today: Self.d("2026-11-16"))
    let status = Dictionary(uniqueKeysWithValues: milestones.map { ($0.id, $0.status) })
    #expect(
      status == [
        "consent": .notRecorded, "washout": .done, "cells-collected": .notRecorded,
        "flu-d-5": .overdue, "igg-m1": .upcoming, "visit-m3": .upcoming,
      ])
    let washout = try #require(milestones.first { $0.id == "washout" })
    #expect(washout.signature?.on == nil)
    #expect(washout.signature?.whenText == "done elsewhere, date not entered")
  }

  /// A milestone whose anchor phase was passed with no date entered has no due date, and is
  /// counted as not recorded rather than upcoming.
  @Test func milestonesOfAnUndatedPhaseAreNotRecorded() {
    let journey = Self.partWay().journey
    let status = Dictionary(
      uniqueKeysWithValues: journey.milestones(protocol: Self.care, today: Self.d("2026-12-03"))
        .map { ($0.id, $0.status) })
    #expect(status["cells-collected"] == .notRecorded)
    #expect(status["consent"] == .notRecorded)
    #expect(status["flu-d-5"] == .notRecorded)
    #expect(status["igg-m1"] == .upcoming)
  }
}
