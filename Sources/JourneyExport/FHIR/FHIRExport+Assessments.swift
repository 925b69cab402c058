import JourneyCore

extension FHIRExport {
  /// An ICE score (ASTCT 2019): the total as `valueInteger`, each of its five items a
  /// component, the sentence written in a note. No verified LOINC code: local codes.
  func ice(_ score: ICEScore, _ line: Line, _ w: inout JSONWriter) -> String {
    var line = line
    if let sentence = score.sentence { line.notes.append("Sentence written: \(sentence)") }
    let items: [(String, String, Int)] = [
      ("ice-orientation", "Orientation (0-4)", score.orientation),
      ("ice-naming", "Naming three objects (0-3)", score.naming),
      ("ice-commands", "Following commands (0-1)", score.commands),
      ("ice-writing", "Writing a standard sentence (0-1)", score.writing),
      ("ice-attention", "Counting backwards from 100 by 10 (0-1)", score.attention),
    ]
    return observation(
      line, part: nil, category: .survey,
      codings: [Coding(System.astct, "ice", "ICE score (0-10)")],
      text: "ICE score (Immune effector Cell-associated Encephalopathy, ASTCT 2019)", into: &w,
      value: { w in w.integer("valueInteger", score.total) },
      after: { w in
        w.array("component", items) { w, item in
          w.object { w in
            FHIRExport.concept(&w, "code", [Coding(System.astct, item.0, item.1)], text: item.1)
            w.integer("valueInteger", item.2)
          }
        }
      })
  }

  /// The caregiver's home neuro check: an Observation whose code is text only (no LOINC or
  /// SNOMED CT code for such a check is verified, and it is not an ICE score, so it takes none
  /// of the ICE's), its four answers as components with text-only codes, the sentence written
  /// and the note as notes. It has no value of its own: it is not scored.
  func homeNeuroCheck(_ check: HomeNeuroCheck, _ line: Line, _ w: inout JSONWriter) -> String {
    var line = line
    if let sentence = check.sentence { line.notes.append("Sentence written: \(sentence)") }
    if let note = check.note { line.notes.append("Caregiver's note: \(note)") }
    let answers: [(String, Finding)] = [
      ("Standard sentence written, as usual or changed", .text(check.writing.rawValue)),
      ("Objects named, of 3", .integer(check.objectsNamed)),
      ("Today's date said", .text(check.date.rawValue)),
      ("Counting back from 100 by tens", .text(check.countBack.rawValue)),
    ]
    return observation(
      line, part: nil, category: .survey, codings: [],
      text: "Home neuro check by the caregiver (not an ICE score)", into: &w, value: { _ in },
      after: { w in
        w.array("component", answers) { w, answer in
          w.object { w in
            FHIRExport.concept(&w, "code", [], text: answer.0)
            answer.1.write(&w)
          }
        }
      })
  }

  /// A CRS/ICANS grading (ASTCT 2019): one Observation for the CRS grade and one for the
  /// ICANS grade, each with the findings it rests on as components and, in a note, the
  /// finding that set it. A grade ASTCT does not give for the findings (a masked fever alone)
  /// has no value, and says why in `dataAbsentReason`: the care team grades, the app does not.
  func grading(
    _ input: GradingInput, _ result: GradingResult, _ line: Line, _ w: inout JSONWriter
  ) -> [String] {
    var crsFindings: [(String, String, Finding)] = [
      ("masked", "Antipyretic or anti-cytokine therapy already given", .bool(input.masked)),
      ("hypotension", "Hypotension", .code(input.hypotension.rawValue)),
      ("oxygen", "Oxygen support", .code(input.oxygen.rawValue)),
    ]
    if let celsius = input.temperature {
      crsFindings.insert(("temperature", "Highest temperature", .celsius(celsius)), at: 0)
    }
    var icansFindings: [(String, String, Finding)] = [
      ("consciousness", "Level of consciousness", .code(input.consciousness.rawValue)),
      ("seizure", "Seizure", .code(input.seizure.rawValue)),
      ("motor", "Motor findings", .code(input.motor.rawValue)),
      ("edema", "Raised intracranial pressure / cerebral oedema", .code(input.edema.rawValue)),
    ]
    if let ice = input.ice { icansFindings.insert(("ice", "ICE score", .integer(ice)), at: 0) }
    let grades: [(String, String, Int?, [(String, String, Finding)])] = [
      ("crs", "CRS grade (ASTCT 2019)", result.crs, crsFindings),
      ("icans", "ICANS grade (ASTCT 2019)", result.icans, icansFindings),
    ]
    return grades.map { part, text, grade, findings in
      var line = line
      line.notes = result.reasons + line.notes
      return observation(
        line, part: part, category: .exam,
        codings: [Coding(System.astct, part + "-grade", text)], text: text, into: &w,
        value: { w in
          if let grade {
            w.integer("valueInteger", grade)
          } else {
            w.object("dataAbsentReason") { w in
              FHIRExport.concept(
                &w, [Coding(System.dataAbsentReason, "not-applicable", "Not Applicable")],
                text: "ASTCT gives no grade for these findings: the care team grades")
            }
          }
        },
        after: { w in
          w.array("component", findings) { w, finding in
            w.object { w in
              FHIRExport.concept(
                &w, "code", [Coding(System.astct, finding.0, finding.1)], text: finding.1)
              finding.2.write(&w)
            }
          }
        })
    }
  }

  /// A finding of a grading or an answer of a check, as a component's value.
  enum Finding {
    case bool(Bool)
    case code(String)
    case integer(Int)
    case celsius(Double)
    /// A word as written (`usual`, `right`), with no code.
    case text(String)

    func write(_ w: inout JSONWriter) {
      switch self {
      case .bool(let value): w.bool("valueBoolean", value)
      case .integer(let value): w.integer("valueInteger", value)
      case .text(let value): w.string("valueString", value)
      case .code(let value):
        FHIRExport.concept(
          &w, "valueCodeableConcept", [Coding(System.astct, value, nil)], text: value)
      case .celsius(let value):
        w.object("valueQuantity") { w in FHIRExport.quantity(&w, value, unit: "°C", ucum: "Cel") }
      }
    }
  }

  /// A visit's disease-activity assessment: the SLEDAI-2K total (each descriptor present a
  /// component with its weight, and the clinical SLEDAI), then DORIS 2021 remission and
  /// drug-free remission, met or not (`valueBoolean`; the failed criteria in notes), each
  /// `derivedFrom` the SLEDAI-2K Observation. An assessment SLEDAI-2K cannot score (a file
  /// edited by hand) gives nothing.
  func assessment(
    sledai: [String], physicianGlobal: Double?, prednisoloneMg: Double?,
    immunosuppressants: [String], _ line: Line, _ w: inout JSONWriter
  ) -> [String] {
    guard
      let visit = try? Remission.visit(
        sledai: sledai, physicianGlobal: physicianGlobal, prednisoloneMg: prednisoloneMg,
        immunosuppressants: immunosuppressants, settings: input.care.remission)
    else { return [] }
    let descriptors = visit.score.present.compactMap(SLEDAI2K.descriptor(named:))
    let sledaiURL = observation(
      line, part: "sledai-2k", category: .exam,
      codings: [Coding(System.lupus, "sledai-2k", "SLEDAI-2K total (0-105)")],
      text: "SLEDAI-2K", into: &w,
      value: { w in w.integer("valueInteger", visit.score.total) },
      after: { w in
        w.array("component") { w in
          w.object { w in
            FHIRExport.concept(
              &w, "code", [Coding(System.lupus, "clinical-sledai", "Clinical SLEDAI-2K")],
              text: "Clinical SLEDAI-2K (without serology)")
            w.integer("valueInteger", visit.score.clinical)
          }
          if let physicianGlobal {
            w.object { w in
              FHIRExport.concept(
                &w, "code",
                [Coding(System.lupus, "physician-global", "Physician global assessment (0-3)")],
                text: "Physician global assessment (0-3)")
              w.object("valueQuantity") { w in
                FHIRExport.quantity(&w, physicianGlobal, unit: "score (0-3)", ucum: "{score}")
              }
            }
          }
          if let prednisoloneMg {
            w.object { w in
              FHIRExport.concept(
                &w, "code", [Coding(System.lupus, "prednisolone", "Prednisolone dose")],
                text: "Prednisolone (or equivalent) dose")
              w.object("valueQuantity") { w in
                FHIRExport.quantity(&w, prednisoloneMg, unit: "mg/day", ucum: "mg/d")
              }
            }
          }
          for name in immunosuppressants {
            w.object { w in
              FHIRExport.concept(
                &w, "code", [Coding(System.lupus, "immunosuppressant", "Immunosuppressant taken")],
                text: "Immunosuppressant taken")
              w.string("valueString", name)
            }
          }
          for descriptor in descriptors {
            w.object { w in
              FHIRExport.concept(
                &w, "code", [Coding(System.lupus, descriptor.id, descriptor.label)],
                text: descriptor.label)
              w.integer("valueInteger", descriptor.weight)
            }
          }
        }
      })
    let remissions: [(String, String, Remission.Result)] = [
      ("doris", "DORIS 2021 remission", visit.doris),
      ("drug-free", "Drug-free remission", visit.drugFree),
    ]
    let remissionURLs = remissions.map { part, text, result in
      var line = line
      line.derivedFrom.append(sledaiURL)
      line.notes = result.reasons.map { "Not met: \($0)" } + line.notes
      return observation(
        line, part: part, category: .exam, codings: [Coding(System.lupus, part, text)],
        text: text, into: &w, value: { w in w.bool("valueBoolean", result.isMet) })
    }
    return [sledaiURL] + remissionURLs
  }
}
