import JourneyCore

extension Report {
  /// SLEDAI-2K at each visit of the period, with DORIS 2021 remission and drug-free remission
  /// judged on it: met, or not met with the reasons.
  func assessmentSection() -> Markup {
    let heading = tr("Disease activity: SLEDAI-2K and remission")
    let rows = inPeriod.compactMap { entry -> Markup? in
      guard case .assessment(let sledai, let pga, let prednisolone, let drugs) = entry.body
      else { return nil }
      guard
        let visit = try? Remission.visit(
          sledai: sledai, physicianGlobal: pga, prednisoloneMg: prednisolone,
          immunosuppressants: drugs, settings: care.remission)
      else {
        let unreadable = tr(
          "SLEDAI-2K descriptors that could not be read: %s", sledai.joined(separator: ", "))
        return """
          <tr><td class="nowrap">\(dated(entry.observedAt.date))\(late(entry))</td><td colspan="5">\
          \(unreadable)</td></tr>

          """
      }
      let present = visit.score.present.compactMap { SLEDAI2K.descriptor(named: $0) }
        .map { "\($0.label) (\($0.weight))" }
      let descriptors =
        present.isEmpty ? tr("no descriptor present") : present.joined(separator: ", ")
      let unknown = tr("not recorded")
      let clinical = tr("(clinical %s)", String(visit.score.clinical))
      let dose = prednisolone.map { tr("%s mg/day", decimal($0)) } ?? unknown
      let taken = drugs.isEmpty ? tr("none", context: "medicines") : drugs.joined(separator: ", ")
      return """
        <tr><td class="nowrap">\(dated(entry.observedAt.date))<br>\
        <span class="by">\(entry.author.description)</span>\(late(entry))</td>\
        <td><strong>\(visit.score.total)</strong> \(clinical)<br>\
        <span class="small">\(descriptors)</span></td>\
        <td class="num">\(pga.map(decimal) ?? unknown)</td>\
        <td class="num">\(dose)</td><td>\(taken)</td>\
        <td>\(remission(visit.doris))</td><td>\(remission(visit.drugFree))</td></tr>

        """
    }
    guard !rows.isEmpty else {
      return section(
        "assessments", heading, empty(tr("No SLEDAI-2K assessment in this period.")))
    }
    let settings = care.remission
    let header = Markup(joining: [
      Report.th(tr("Visit")), Report.th("SLEDAI-2K"), Report.th(tr("PGA (0–3)"), "num"),
      Report.th(tr("Prednisolone"), "num"), Report.th(tr("Immunosuppressants")),
      Report.th(tr("DORIS remission")), Report.th(tr("Drug-free remission")),
    ])
    let legend = tr(
      "DORIS 2021: clinical SLEDAI-2K 0, physician global assessment below %1$s, prednisolone at "
        + "most %2$s mg/day (cut-offs from the protocol); drug-free: DORIS with no prednisolone "
        + "and no immunosuppressant.", decimal(settings.physicianGlobalBelow),
      decimal(settings.prednisoloneMaxMg))
    let body: Markup = """
      <div class="keep">
      \(table("assessments", header: header, rows: rows))\
      <p class="legend">\(legend)</p>
      </div>

      """
    return section("assessments", heading, body)
  }

  /// `✓ MET`, or `✗ NOT MET` and the reasons.
  func remission(_ result: Remission.Result) -> Markup {
    let met = tr("MET")
    guard !result.isMet else { return "<strong class=\"met\">✓ \(met)</strong>" }
    let reasons = result.reasons.map { reason -> Markup in "<li>\(reason)</li>" }
    let notMet = tr("NOT MET")
    return "<strong class=\"not-met\">✗ \(notMet)</strong><ul class=\"reasons\">\(reasons)</ul>"
  }

  /// CRS and ICANS grades by ASTCT 2019 and ICE scores recorded in the period, each with the
  /// findings that set it and who recorded it. An ICE score the same person graded with that
  /// day shares the grading's row.
  func gradingSection() -> Markup {
    let heading = tr("CRS / ICANS grading (ASTCT 2019) and ICE scores")
    let gradings = inPeriod.compactMap { entry -> (Entry, GradingInput, GradingResult)? in
      guard case .grading(let input, let result) = entry.body else { return nil }
      return (entry, input, result)
    }
    let rows = inPeriod.compactMap { entry -> Markup? in
      switch entry.body {
      case .grading, .ice: break
      default: return nil
      }
      var what = Timeline.describe(entry.body, unit: journey.temperatureUnit, care: care).text
      var findings: [String]
      switch entry.body {
      case .grading(let input, let result):
        if let ice = input.ice { what += " · ICE \(ice)/10" }
        findings = result.reasons
        let scored = inPeriod.first { other in
          guard case .ice(let score) = other.body else { return false }
          return Report.sameVisit(other, entry) && score.total == input.ice
        }
        if case .ice(let score)? = scored?.body, score.total < 10 {
          findings.append(Report.iceItems(score))
        }
      case .ice(let score):
        let graded = gradings.contains { grading in
          Report.sameVisit(entry, grading.0) && grading.1.ice == score.total
        }
        guard !graded else { return nil }
        findings = [score.total == 10 ? tr("no impairment") : Report.iceItems(score)]
      default:
        return nil
      }
      let detail = findings.map { finding -> Markup in "\(finding)" }
      return """
        <tr><td class="nowrap">\(dated(entry.observedAt))\(late(entry))</td>\
        <td><strong>\(what)</strong></td>\
        <td>\(Markup(joining: detail, separator: "<br>"))</td>\
        <td class="by">\(entry.author.description)</td></tr>

        """
    }
    guard !rows.isEmpty else {
      return section(
        "grading", heading, empty(tr("No grading or ICE score recorded in this period.")))
    }
    let header = Report.header([
      tr("When"), tr("Grade or score"), tr("Findings"), tr("Recorded by"),
    ])
    return section("grading", heading, table("compact grading", header: header, rows: rows))
  }

  /// Two entries by the same person on the same day.
  static func sameVisit(_ a: Entry, _ b: Entry) -> Bool {
    a.observedAt.date == b.observedAt.date && a.author == b.author
  }

  /// `orientation 3/4, naming 3/3, …`: the ICE items, for a score below 10.
  static func iceItems(_ score: ICEScore) -> String {
    tr(
      "ICE items: orientation %1$s/4, naming %2$s/3, commands %3$s/1, writing %4$s/1, "
        + "attention %5$s/1", String(score.orientation), String(score.naming),
      String(score.commands), String(score.writing), String(score.attention))
  }
}
