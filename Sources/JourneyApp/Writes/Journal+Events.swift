import JourneyCore
import JourneyStore

extension Journal {
  /// Records one journey event, decided and checked under the lock: `body` gets the journey as
  /// it is on disk now (another terminal may have moved it on) and returns what to record, or
  /// throws to record nothing. The event (id, time, author) is built here, and checked against
  /// the journey's rules (the transition table, the dates it accepts) unless `checked` is false.
  /// Returns the event and the journey after it.
  @discardableResult
  public func record(
    author: Author? = nil, checked: Bool = true,
    _ body: (Journey) throws -> JourneyEvent.Body
  ) throws -> (event: JourneyEvent, journey: Journey) {
    var recorded: JourneyEvent?
    let moment = context.currentTime()
    let journey = try context.store.recordEvents { journey in
      try AppContext.requireName(author ?? context.author)
      let event = JourneyEvent(
        id: context.newID(), recordedAt: moment, author: author ?? context.author,
        body: try body(journey))
      if checked { _ = try journey.checkNew(event, today: moment.date) }
      recorded = event
      return [event]
    }
    guard let recorded else { throw AppError(tr("nothing was recorded")) }
    return (recorded, journey)
  }
}
