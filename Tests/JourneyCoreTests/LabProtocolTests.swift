import Testing

@testable import JourneyCore

/// `[[lab]]` and `[remission]` are read as strictly as the rest of the protocol file.
struct LabProtocolTests {
  static let igg = """
    [[lab]]
    id = "igg"
    label = "IgG"
    unit = "mg/dL"
    plausible-low = 0
    plausible-high = 6000

    """

  static func lab(_ extra: String) -> String {
    igg.replacingOccurrences(of: "plausible-low", with: extra + "\nplausible-low")
  }

  static let broken: [BrokenProtocol] = [
    BrokenProtocol(
      "misspelt lab key", tables: lab("hihg = 1600"),
      expect: [#"lab "igg": unknown key "hihg"; did you mean "high"?"#]),
    BrokenProtocol(
      "reference range upside down", tables: lab("low = 1600\nhigh = 700"),
      expect: [#"lab "igg""#, "high 700 must be above low 1600"]),
    BrokenProtocol(
      "range in another unit", tables: lab("low = 7\nhigh = 16000"),
      expect: ["high 16000 is outside the plausible range 0–6000 mg/dL"]),
    BrokenProtocol(
      "no plausible range",
      tables: "[[lab]]\nid = \"igg\"\nlabel = \"IgG\"\nunit = \"mg/dL\"\nplausible-high = 10\n",
      expect: ["plausible-low is missing"]),
    BrokenProtocol(
      "both times and divide-by",
      tables: lab(#"alternative-units = [{ unit = "g/L", times = 100, divide-by = 0.01 }]"#),
      expect: ["alternative-units #1", "give one of times = X"]),
    BrokenProtocol(
      "a zero factor", tables: lab(#"alternative-units = [{ unit = "g/L", times = 0 }]"#),
      expect: ["times must be above 0"]),
    BrokenProtocol(
      "a unit listed twice", tables: lab(#"alternative-units = [{ unit = "MG/DL", times = 1 }]"#),
      expect: [#"unit "MG/DL" is listed twice"#]),
    BrokenProtocol(
      "a lab id twice", tables: igg + igg, expect: [#"id "igg" is already used by lab #1"#]),
    BrokenProtocol(
      "misspelt remission key", tables: "[remission]\ndoris-pga = 0.5\n",
      expect: [#"[remission]: unknown key "doris-pga"; did you mean "doris-pga-below"?"#]),
    BrokenProtocol(
      "PGA cut-off off the 0–3 scale", tables: "[remission]\ndoris-pga-below = 5\n",
      expect: ["doris-pga-below 5 is outside the physician global scale"]),
    BrokenProtocol(
      "prednisolone cut-off as a string",
      tables: "[remission]\ndoris-prednisolone-max-mg = \"5\"\n",
      expect: ["doris-prednisolone-max-mg must be a number, not a string"]),
  ]

  @Test(arguments: broken) func refused(_ broken: BrokenProtocol) {
    #expect {
      try CareProtocol(toml: broken.text, fileName: "test.toml")
    } throws: { error in
      broken.fragments.allSatisfy { "\(error)".contains($0) }
    }
  }

  /// A protocol file older than the glucocorticoid and antimalarial lists takes the shipped
  /// protocol's (so methylprednisolone is never counted as 0 mg); a centre can change them.
  @Test("a protocol without [remission] uses ≤ 5 mg/day and PGA < 0.5; a centre can change them")
  func remissionSettings() throws {
    let shipped = RedFlagsTests.care.remission
    let plain = try CareProtocol(toml: Snippet.protocolText(), fileName: "t")
    #expect(plain.remission == shipped)
    #expect(plain.remission.prednisoloneMaxMg == 5 && plain.remission.physicianGlobalBelow == 0.5)
    #expect(plain.labs.isEmpty)
    let strict = try CareProtocol(
      toml: Snippet.protocolText(
        tables: "[remission]\ndoris-prednisolone-max-mg = 4.9\ndoris-pga-below = 0.4\n"),
      fileName: "t")
    var expected = shipped
    expected.prednisoloneMaxMg = 4.9
    expected.physicianGlobalBelow = 0.4
    #expect(strict.remission == expected)
    let trial = try CareProtocol(
      toml: Snippet.protocolText(
        tables: """
          [remission]
          glucocorticoids = [{ name = "prednisolone", factor = 1 }, { name = "Medrol", factor = 1.25 }]
          antimalarials = ["hydroxychloroquine"]
          drug-free-allows-antimalarials = false

          """),
      fileName: "t")
    #expect(trial.remission.factor(of: "Medrol 4 mg") == 1.25)
    #expect(trial.remission.factor(of: "methylprednisolone") == nil)
    #expect(!trial.remission.drugFreeAllowsAntimalarials)
    #expect(trial.remission.isAntimalarial("Hydroxychloroquine"))
  }

  @Test("alternative units read as factors into the protocol's unit")
  func alternatives() throws {
    let care = try CareProtocol(
      toml: Snippet.protocolText(
        tables: LabProtocolTests.lab(
          #"alternative-units = [{ unit = "g/L", times = 100 }, { unit = "mg/L", divide-by = 10 }]"#
        )),
      fileName: "t")
    let lab = try #require(care.lab(named: "IGG"))
    #expect(lab.alternatives.map(\.unit) == ["g/L", "mg/L"])
    #expect(lab.factor(forUnit: "g/l") == 100)
    #expect(lab.factor(forUnit: "mg/L") == 0.1)
  }
}
