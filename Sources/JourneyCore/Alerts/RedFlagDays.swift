/// Red flags judged a day at a time, oldest day first: each day's entries are added, then
/// judged against everything added so far, so years of history are judged without holding
/// their entries (the visit report of ten years).
///
/// It gives the alerts ``RedFlags/alerts(for:in:journey:protocol:)`` gives over all the
/// entries when the days are as CareJourney writes them: every entry in its own date's day,
/// a correction in the day of the entry it corrects, an id used once. Rules compare an entry
/// only with what was observed up to its day; a reader that meets a day otherwise (a file
/// edited by hand) judges all the entries at once instead.
public struct RedFlagDays {
  private let judge: RedFlags.Judge
  private var history: RedFlagHistory

  public init(journey: Journey, protocol care: CareProtocol) {
    judge = RedFlags.Judge(journey: journey, protocol: care)
    history = RedFlagHistory(protocol: care)
  }

  /// Adds a day's entries, then gives the alert each of those `judging` picks raises (at most
  /// one an entry), in order.
  public mutating func add(_ day: [Entry], judging: (Entry) -> Bool = { _ in true }) -> [Alert] {
    history.add(day)
    var rules = RedFlags.RulesOn()
    return day.compactMap { entry in
      judging(entry) ? judge.alert(for: entry, history: history, rules: &rules) : nil
    }
  }
}
