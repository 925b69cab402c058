import JourneyCore

extension AppContext {
  /// Scores SLEDAI-2K from the descriptors present and checks DORIS 2021 and drug-free
  /// remission; with `record`, saves the assessment (a started journey needed; after CAR-T,
  /// descriptors with exclusions need `exclusionsChecked`). Without `record` it needs no
  /// journey, but uses one when there is one: without `prednisolone`, today's dose comes from
  /// its medication list.
  public func sledai(
    descriptors: [String], pga: Double?, prednisolone: Double?, immunosuppressants: [String],
    record: Bool, exclusionsChecked: Bool
  ) throws -> SledaiAssessment {
    let score = try SLEDAI2K.score(descriptors)
    if let pga, !Remission.physicianGlobalRange.contains(pga) {
      throw AppError(
        tr("--pga %s is outside 0–3: the physician global assessment is 0 to 3", "\(pga)"))
    }
    if let prednisolone, !Remission.plausiblePrednisoloneMg.contains(prednisolone) {
      throw AppError(
        tr(
          "--prednisolone %s is not a plausible dose in mg/day (0–1000); check for a typo",
          "\(prednisolone)"))
    }
    let drugs = try immunosuppressants.map { text throws -> String in
      let name = text.trimmingCharacters(in: .whitespaces)
      guard !name.isEmpty else {
        throw AppError(
          tr("--immunosuppressant is empty: name the medicine, e.g. mycophenolate"))
      }
      return name
    }
    let care: CareProtocol
    var entries: [Entry]?
    var journey: Journey?
    if record {
      let (snapshot, loaded) = try loadStarted()
      (care, entries, journey) = (loaded, snapshot.entries, snapshot.journey)
    } else if store.hasJourney, let (snapshot, loaded) = try? loadStarted() {
      (care, entries, journey) = (loaded, snapshot.entries, snapshot.journey)
    } else {
      care = try CareProtocol.builtIn(named: "cd19-sle") ?? CareProtocol(id: "none", name: "none")
    }
    let excluded = SLEDAI2K.descriptors.filter {
      score.present.contains($0.id) && $0.exclusion != nil
    }
    if record, !exclusionsChecked, let journey, !excluded.isEmpty,
      SLEDAI2K.afterTreatmentStarted(on: today, journey: journey, protocol: care)
    {
      let clauses = excluded.map { tr("%1$s: only if %2$s", $0.id, $0.exclusion ?? "") }
      throw AppError(
        tr(
          "after CAR-T these descriptors count only once their exclusions are ruled out — %s. "
            + "Check them, then add --exclusions-checked (or leave the descriptor out)",
          clauses.joined(separator: "; ")))
    }
    // Without --prednisolone, the journey's medication list gives today's dose when it can.
    let listed =
      prednisolone == nil
      ? entries.map {
        MedicationList.prednisolone(on: today, entries: $0, settings: care.remission)
      } : nil
    let prednisolone = prednisolone ?? listed?.mg
    let assessment = Remission.Assessment(
      clinicalSLEDAI: score.clinical, physicianGlobal: pga, prednisoloneMg: prednisolone,
      immunosuppressants: drugs)
    let saved =
      record
      ? try saveNow([
        .assessment(
          sledai: score.present, physicianGlobal: pga, prednisoloneMg: prednisolone,
          immunosuppressants: drugs)
      ]) : nil
    return SledaiAssessment(
      score: score, exclusions: excluded, listed: listed, prednisoloneMg: prednisolone,
      doris: Remission.doris(assessment, settings: care.remission),
      drugFree: Remission.drugFree(assessment, settings: care.remission), saved: saved)
  }
}
