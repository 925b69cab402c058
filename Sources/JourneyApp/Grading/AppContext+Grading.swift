import JourneyCore

extension AppContext {
  /// Grades CRS and ICANS by ASTCT 2019 (Lee et al.) from the findings, `temperature` as typed;
  /// with `record`, saves the grading (the nurse's). `masked` needs an earlier CRS grade of 1
  /// or more in the journey. Returns the result and the entry saved.
  public func grade(
    temperature: String, masked: Bool, hypotension: GradingInput.Hypotension,
    oxygen: GradingInput.Oxygen, ice: Int?, consciousness: GradingInput.Consciousness,
    seizure: GradingInput.Seizure, motor: GradingInput.Motor, edema: GradingInput.Edema,
    record: Bool
  ) throws -> (GradingResult, saved: SavedEntries?) {
    if record { try requireNurse(tr("recording a grading"), command: "grade ... --record") }
    if masked {
      guard store.hasJourney else {
        throw AppError(
          tr(
            "--masked applies only after CRS was graded, and there is no journey here to hold an "
              + "earlier grade: grade without --masked"))
      }
      let (snapshot, _) = try loadStarted()
      if let refusal = ASTCT.maskedRefusal(entries: snapshot.entries, before: now) {
        throw AppError(tr("--masked refused: %s", refusal))
      }
    }
    if let ice, !ICEScore.totalPoints.contains(ice) {
      throw AppError(
        tr(
          "--ice %s is outside 0–10: give the ICE total, 10 is no impairment "
            + "(or leave --ice out if it was not done)", String(ice)))
    }
    let input = GradingInput(
      temperature: try Reading.temperature(temperature), masked: masked,
      hypotension: hypotension, oxygen: oxygen, ice: ice, consciousness: consciousness,
      seizure: seizure, motor: motor, edema: edema)
    let result = ASTCT.grade(input)
    let saved = record ? try saveNow([.grading(input, result)]) : nil
    return (result, saved)
  }

  /// Saves an ICE score (the nurse's), checked item by item; an unarousable patient (every item
  /// 0) gets a note too, as the ICE entry has no place for consciousness.
  public func recordICE(_ score: ICEScore, unarousable: Bool) throws -> IceRecord {
    try TextLimits.check(freeText: ["--sentence": score.sentence])
    try requireNurse(tr("recording an ICE score"), command: "ice ...")
    do {
      try score.validate()
    } catch {
      throw AppError(
        tr(
          "%1$s: give --%2$s %3$s–%4$s", "\(error)", error.item, String(error.points.lowerBound),
          String(error.points.upperBound)))
    }
    if unarousable, score.total != 0 {
      throw AppError(
        tr(
          "--unarousable with an ICE score of %s: a patient who cannot be roused "
            + "scores 0 on every item; give them all as 0, or leave --unarousable out",
          String(score.total)))
    }
    let (grade, reason) = ASTCT.icansFromICE(
      score.total, consciousness: unarousable ? .unarousable : .alert)
    var bodies: [Entry.Body] = [.ice(score)]
    if unarousable { bodies.append(.note(text: "Unarousable: could not do the ICE")) }
    return IceRecord(score: score, icans: grade, reason: reason, saved: try saveNow(bodies))
  }
}
