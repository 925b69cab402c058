import Foundation
import JourneyCore
import Testing

@testable import TerminalUI

/// The screens with years of history kept as the app keeps them: the recent days as entries,
/// the older days as rows read after the first frame. What they show must be what the whole
/// history as entries shows, and until the older days are in, nothing may look final that is
/// not.
@Suite struct OlderHistoryTests {
  /// The demo (Day +183) with its first days kept as older rows: `cut` is the first day kept
  /// as entries.
  static let cut = Fixture.today.adding(days: 1 - OlderHistory.recentDays)

  /// `data` as the app holds it: entries from `cut` on, and, when `read`, the older days built
  /// day by day (a day's entries in the order written, as a day file holds them).
  static func kept(_ data: JourneyData, read: Bool) -> JourneyData {
    var builder = OlderHistory.Builder(journey: data.journey, care: data.care)
    let old = data.entries.filter { $0.observedAt.date < cut }
    for (_, day) in Dictionary(grouping: old, by: \.observedAt.date).sorted(by: { $0.key < $1.key })
    {
      builder.add(day)
    }
    let older = builder.finish()
    var split = data
    split.entries = (read ? older.kept : []) + data.entries.filter { $0.observedAt.date >= cut }
    split.entriesFrom = cut
    split.older = read ? older : nil
    return split
  }

  /// The demo with a visit today whose creatinine is 150 % of the first one, at Day +90,
  /// which is older than the recent days.
  static func creatinineRise() throws -> JourneyData {
    var data = Fixture.demo()
    let lab = try Reading.lab("creatinine=1.3", care: data.care)
    data.entries.append(
      Entry(
        id: "visit-today", recordedAt: Fixture.now, observedAt: Fixture.now,
        author: Author(role: .nurse, name: "Ana Weber"), body: .labs([lab])))
    return data
  }

  static func state(_ data: JourneyData, _ screen: AppState.Screen = .timeline) -> AppState {
    var state = Fixture.state(role: .caregiver, data: data)
    state.screen = screen
    return state
  }

  @Test func theDemoStartsBeforeTheRecentDays() throws {
    let data = Fixture.demo()
    let first = try #require(data.entries.map(\.observedAt.date).min())
    #expect(first < Self.cut)
    let older = try #require(Self.kept(data, read: true).older)
    #expect(older.rows.count > 100)
    #expect(older.kept.contains { if case .labs = $0.body { true } else { false } })
  }

  /// Every filter, order and search lists the same rows, older days included.
  @Test(arguments: TimelineFilter.allCases)
  func theTimelineListsWhatTheWholeHistoryLists(filter: TimelineFilter) throws {
    let wholeHistory = Self.state(Fixture.demo())
    let keptHistory = Self.state(Self.kept(Fixture.demo(), read: true))
    for search in ["", "fever", "38", "FATIGUE", "first day", "°c", "Café"] {
      for newestFirst in [true, false] {
        var whole = wholeHistory
        var kept = keptHistory
        whole.timeline.filter = filter
        whole.timeline.search = search
        whole.timeline.newestFirst = newestFirst
        kept.timeline.filter = filter
        kept.timeline.search = search
        kept.timeline.newestFirst = newestFirst
        #expect(
          TimelineScreen.rows(kept) == TimelineScreen.rows(whole),
          "\(filter) \(search) \(newestFirst)")
      }
    }
  }

  /// Scrolled to any place, the frame is the same: rows, day bands, alert marks.
  @Test func theFramesAreTheSameAllTheWayBack() throws {
    var whole = Self.state(Fixture.demo())
    var kept = Self.state(Self.kept(Fixture.demo(), read: true))
    let size = Size(width: 100, height: 30)
    let rows = TimelineScreen.listing(whole).refs.count
    #expect(TimelineScreen.listing(kept).refs.count == rows)
    for row in stride(from: 0, to: rows, by: 17) + [rows - 1] {
      whole.timeline.row = row
      kept.timeline.row = row
      #expect(Frame.render(kept, size: size).lines == Frame.render(whole, size: size).lines)
    }
  }

  @Test func goingToAnOldDateReachesIt() throws {
    var state = Self.state(Self.kept(Fixture.demo(), read: true))
    let chemo = Fixture.today.adding(days: -DemoJourney.daysSinceInfusion - 5)
    #expect(chemo < Self.cut)
    _ = reduce(into: &state, .key(.character("g")))
    for key in MemoryBackend.typing(chemo.description) { _ = reduce(into: &state, .key(key)) }
    _ = reduce(into: &state, .key(.enter))
    let rows = TimelineScreen.rows(state)
    #expect(
      rows[state.timeline.row]
        == .day(
          chemo, StudyDay(date: chemo, journey: state.data!.journey, protocol: Fixture.care),
          .lymphodepletion))
    let text = Frame.render(state, size: Size(width: 100, height: 30)).lines.joined(separator: "\n")
    #expect(text.contains("Note: First day of chemo. Nervous but ready."))
  }

  /// Before the older days are in, the Timeline says so and lists the recent days' entries
  /// and every journey event; when they arrive, the older rows join.
  @Test func untilTheOlderDaysAreInTheTimelineSaysSo() throws {
    var state = Self.state(Self.kept(Fixture.demo(), read: false))
    let size = Size(width: 100, height: 30)
    #expect(state.data?.historyComplete == false)
    func heading() -> String {
      Frame.render(state, size: size).lines.first { $0.contains("Timeline ·") } ?? ""
    }
    #expect(heading().contains("reading older days…"))
    let dates = TimelineScreen.rows(state).compactMap { row -> LocalDate? in
      guard case .item(let item) = row, item.time != nil else { return nil }
      return item.date
    }
    #expect(dates.allSatisfy { $0 >= Self.cut })
    #expect(
      TimelineScreen.rows(state).contains { row in
        if case .item(let item) = row { return item.kind == .started } else { return false }
      })
    _ = reduce(into: &state, .key(.end))
    _ = reduce(into: &state, .loaded(Self.kept(Fixture.demo(), read: true)))
    #expect(state.data?.historyComplete == true)
    #expect(heading().contains("Timeline · newest first"))
    #expect(!heading().contains("reading older days"))
    #expect(TimelineScreen.rows(state) == TimelineScreen.rows(Self.state(Fixture.demo())))
  }

  /// Trends says so too while the older days are read: its 30- and 90-day charts and the labs
  /// of older visits are not whole until then.
  @Test func untilTheOlderDaysAreInTrendsSaysSo() throws {
    var state = Self.state(Self.kept(Fixture.demo(), read: false))
    state.screen = .trends
    let size = Size(width: 100, height: 30)
    func heading() -> String {
      Frame.render(state, size: size).lines.first { $0.contains("Trends ·") } ?? ""
    }
    #expect(heading().hasPrefix(" Trends · last 30 days · reading older days… · ←/→"))
    _ = reduce(into: &state, .loaded(Self.kept(Fixture.demo(), read: true)))
    #expect(heading().hasPrefix(" Trends · last 30 days · ←/→ change the period"))
  }

  /// A lab from today that a rule compares with the first creatinine, months older than the
  /// recent days: pending until the older days are in, then the alert the whole history gives.
  @Test func anAlertThatDependsOnAnOldVisitIsPendingThenShown() throws {
    let whole = Self.state(try Self.creatinineRise(), .today)
    #expect(whole.views.alerts.contains { $0.rule.id == "creatinine-rise" })
    #expect(!whole.views.alertsPending)

    let waiting = Self.state(Self.kept(try Self.creatinineRise(), read: false), .today)
    #expect(waiting.views.alertsPending)
    let frame = Frame.render(waiting, size: Size(width: 100, height: 30)).lines
    #expect(frame.contains { $0.contains("Checking today's entries against earlier days") })

    let read = Self.state(Self.kept(try Self.creatinineRise(), read: true), .today)
    #expect(!read.views.alertsPending)
    #expect(read.views.alerts == whole.views.alerts)
  }

  /// Without a lab today nothing waits: the first frame's alerts are final.
  @Test func withoutALabTodayTheAlertsAreFinalAtOnce() {
    let whole = Self.state(Fixture.demo(), .today)
    let waiting = Self.state(Self.kept(Fixture.demo(), read: false), .today)
    #expect(!waiting.views.alertsPending)
    #expect(waiting.views.alerts == whole.views.alerts)
  }

  /// Rows carry the alert their entry raised, judged against the labs before it.
  @Test func olderRowsKeepTheirAlerts() throws {
    let data = Fixture.demo()
    let whole = DerivedViews(data)
    let older = try #require(Self.kept(data, read: true).older)
    let marked = older.rows.filter { $0.alert != nil }
    #expect(!marked.isEmpty)
    for row in older.rows {
      #expect(row.alert == whole.alerting[row.id], "\(row.text)")
    }
  }

  @Test(arguments: ["0123456789abcdef", "demo-00042", "ABCDEF0123456789", "00000000000000ff", ""])
  func rowIDsReadBackAsWritten(id: String) throws {
    let item = try #require(
      Timeline.items(
        journey: Journey(),
        entries: [
          Entry(
            id: id, recordedAt: Fixture.now, observedAt: Fixture.now,
            author: Author(role: .patient, name: "M"), body: .note(text: "x"))
        ], protocol: Fixture.care
      ).first)
    #expect(HistoryRow(item, alert: nil).id == id)
  }
}

/// The Timeline's search finds what Foundation's `localizedCaseInsensitiveContains` finds.
@Suite struct TextSearchTests {
  @Test(arguments: [
    ("Temperature 38.4 °C", "38.4 °c"), ("Temperature 38.4 °C", "TEMP"), ("5 µL", "µl"),
    ("5 µL", "μl"), ("café", "cafe"), ("cafe\u{301}", "cafe"), ("über", "uber"), ("Maß", "MASS"),
    ("STRASSE", "straße"), ("ﬁne", "fi"), ("Kelvin \u{212A}", "k k"), ("İstanbul", "istanbul"),
    ("a\u{200D}b", "ab"), ("Started prednisone — taper", "NISONE — T"), ("ǅ", "dz"),
    ("x", ""), ("", "x"), ("Note: say \"hi\"", "SAY \"HI"), ("1.73 m²", "m2"), ("ſ", "s"),
  ])
  func sameAsFoundation(text: String, query: String) {
    var search = TextSearch(query)
    #expect(
      search.matches(text) == text.localizedCaseInsensitiveContains(query), "\(text) \(query)")
  }

  @Test func randomTextsAreSearchedAsFoundationSearches() {
    let alphabet = Array("abcXYZ 0-9.°µ—éüßſﬁK\u{301}\u{200D}İıΣσς")
    var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
    func next(_ bound: Int) -> Int {
      seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((seed >> 33) % UInt64(bound))
    }
    func text(_ length: Int) -> String {
      String((0..<length).map { _ in alphabet[next(alphabet.count)] })
    }
    for _ in 0..<2_000 {
      let haystack = text(next(12))
      let query = text(1 + next(3))
      var search = TextSearch(query)
      #expect(
        search.matches(haystack) == haystack.localizedCaseInsensitiveContains(query),
        "\(haystack.unicodeScalars.map { String($0.value, radix: 16) }) \(query)")
    }
  }
}
