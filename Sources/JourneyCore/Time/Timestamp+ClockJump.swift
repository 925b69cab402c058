extension Timestamp {
  /// When the wall-clock time `secondOfDay` on `date` never happened where it was typed (the
  /// clocks jumped forward over it, as from 02:00 to 03:00 when summer time starts): the
  /// moment of the jump as the clock read just before it (`from`, 02:00 at +01:00) and just
  /// after it (`to`, 03:00 at +02:00). Nil when the time happened (once, or twice when the
  /// clocks went back).
  ///
  /// `offsetAt` gives the UTC offset in force at a moment (seconds since 1970) in the zone:
  /// the caller knows the zone, this stays free of clocks and zones. Such a time has no right
  /// offset: stored with the one before the jump it reads an hour later, with the one after,
  /// an hour earlier, and the timeline misorders it.
  public static func clockJump(
    over date: LocalDate, secondOfDay: Int, offsetAt: (Int) -> Int
  ) -> (from: Timestamp, to: Timestamp)? {
    let wall = date.daysSinceEpoch * 86400 + secondOfDay
    // The offsets in force around it: no zone is more than 14 hours from UTC.
    let earlier = offsetAt(wall - 50_400)
    let later = offsetAt(wall + 50_400)
    for offset in [earlier, later, offsetAt(wall)] where offsetAt(wall - offset) == offset {
      return nil
    }
    guard later > earlier else { return nil }
    // The jump lies between the moments this wall time would be with each offset.
    var before = wall - later
    var after = wall - earlier
    guard offsetAt(before) == earlier, offsetAt(after) == later else { return nil }
    while after - before > 1 {
      let middle = before + (after - before) / 2
      if offsetAt(middle) == earlier { before = middle } else { after = middle }
    }
    return (
      Timestamp(unixSeconds: after, utcOffset: earlier),
      Timestamp(unixSeconds: after, utcOffset: later)
    )
  }
}
