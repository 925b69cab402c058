import Foundation

/// SLEDAI-2K (Gladman et al., J Rheumatol 2002): 24 descriptors, each present or not at the
/// visit or in the 10 days before, each with a fixed weight (clinical.md §6.1).
///
/// The weights are the published index itself, not a centre's choice, so they live here and
/// not in the protocol file.
public enum SLEDAI2K {
  /// One descriptor: the id typed after `--descriptor`, the words shown, the weight.
  public struct Descriptor: Equatable, Sendable {
    public var id: String
    public var label: String
    public var weight: Int
    /// Low complement and increased DNA binding: left out of the clinical SLEDAI.
    public var isSerology: Bool
    /// What must be ruled out before it counts, in the words that matter after CAR-T: CRS
    /// fever, ICANS and the cytopenias of lymphodepletion and CAR-T cells are not lupus activity
    /// (clinical.md §9 [S]; the SLEDAI-2K exclusions themselves [V] partial, §6.1).
    public var exclusion: String?

    public init(
      id: String, label: String, weight: Int, isSerology: Bool, exclusion: String? = nil
    ) {
      self.id = id
      self.label = label
      self.weight = weight
      self.isSerology = isSerology
      self.exclusion = exclusion
    }
  }

  static let notNeurologicalCauses =
    "not from a metabolic, infectious or drug cause; after CAR-T, not ICANS"
  static let notDrugCytopenia =
    "not from drugs: not lymphodepletion (Flu/Cy) or the CAR-T cells (ICAHT)"
  static let notInfectionFever = "not from an infection; after CAR-T, not CRS"

  /// The 24 descriptors in the order of the published form.
  public static let descriptors: [Descriptor] = [
    Descriptor(
      id: "seizure", label: "Seizure", weight: 8, isSerology: false,
      exclusion: notNeurologicalCauses),
    Descriptor(id: "psychosis", label: "Psychosis", weight: 8, isSerology: false),
    Descriptor(
      id: "organic-brain-syndrome", label: "Organic brain syndrome", weight: 8, isSerology: false,
      exclusion: notNeurologicalCauses),
    Descriptor(id: "visual-disturbance", label: "Visual disturbance", weight: 8, isSerology: false),
    Descriptor(id: "cranial-nerve", label: "Cranial nerve disorder", weight: 8, isSerology: false),
    Descriptor(id: "lupus-headache", label: "Lupus headache", weight: 8, isSerology: false),
    Descriptor(id: "cva", label: "CVA", weight: 8, isSerology: false),
    Descriptor(id: "vasculitis", label: "Vasculitis", weight: 8, isSerology: false),
    Descriptor(id: "arthritis", label: "Arthritis", weight: 4, isSerology: false),
    Descriptor(id: "myositis", label: "Myositis", weight: 4, isSerology: false),
    Descriptor(id: "urinary-casts", label: "Urinary casts", weight: 4, isSerology: false),
    Descriptor(id: "haematuria", label: "Haematuria", weight: 4, isSerology: false),
    Descriptor(id: "proteinuria", label: "Proteinuria", weight: 4, isSerology: false),
    Descriptor(id: "pyuria", label: "Pyuria", weight: 4, isSerology: false),
    Descriptor(id: "rash", label: "Rash", weight: 2, isSerology: false),
    Descriptor(id: "alopecia", label: "Alopecia", weight: 2, isSerology: false),
    Descriptor(id: "mucosal-ulcers", label: "Mucosal ulcers", weight: 2, isSerology: false),
    Descriptor(id: "pleurisy", label: "Pleurisy", weight: 2, isSerology: false),
    Descriptor(id: "pericarditis", label: "Pericarditis", weight: 2, isSerology: false),
    Descriptor(id: "low-complement", label: "Low complement", weight: 2, isSerology: true),
    Descriptor(
      id: "increased-dna-binding", label: "Increased DNA binding", weight: 2, isSerology: true),
    Descriptor(
      id: "fever", label: "Fever", weight: 1, isSerology: false,
      exclusion: notInfectionFever),
    Descriptor(
      id: "thrombocytopenia", label: "Thrombocytopenia", weight: 1, isSerology: false,
      exclusion: notDrugCytopenia),
    Descriptor(
      id: "leukopenia", label: "Leukopenia", weight: 1, isSerology: false,
      exclusion: notDrugCytopenia),
  ]

  /// Whether `date` is on or after the first lymphodepletion day (as recorded or planned, else
  /// the protocol's first acute-window day before Day 0): from then on, fever, cytopenias and
  /// neurological signs may come from treatment, and their exclusions matter.
  public static func afterTreatmentStarted(
    on date: LocalDate, journey: Journey, protocol care: CareProtocol
  ) -> Bool {
    let dates = RuleDates(journey: journey)
    let starts = [
      dates.began[.lymphodepletion],
      dates.dayZero?.adding(days: care.acuteWindow.lowerBound),
    ].compactMap { $0 }
    return starts.min().map { date >= $0 } ?? false
  }

  /// The highest total: every descriptor present.
  public static let maximum = 105

  /// Why a list of descriptors was refused.
  public struct Error: Swift.Error, Equatable, CustomStringConvertible {
    public let message: String
    public var description: String { message }
  }

  /// A scored visit: the descriptors present, the total and the clinical SLEDAI.
  public struct Score: Equatable, Sendable {
    /// The descriptor ids present, in the order of the published form.
    public var present: [String]
    /// 0–105.
    public var total: Int
    /// The total without low complement and increased DNA binding.
    public var clinical: Int
  }

  /// The descriptor with this id (case and spaces folded: `Lupus headache` is `lupus-headache`).
  public static func descriptor(named name: String) -> Descriptor? {
    let key = fold(name)
    return descriptors.first { $0.id == key }
  }

  /// Scores the descriptors present; refuses an unknown one (naming the closest) and one given
  /// twice, since each counts once.
  public static func score(_ names: [String]) throws(Error) -> Score {
    var ids: Set<String> = []
    for name in names {
      guard let descriptor = descriptor(named: name) else {
        let close = Suggestions.closest(to: fold(name), in: descriptors.map(\.id), limit: 3)
        throw Error(
          message: close.isEmpty
            ? tr(
              "\"%s\" is not a SLEDAI-2K descriptor (`carejourney sledai --help` lists all 24)",
              name)
            : tr(
              "\"%1$s\" is not a SLEDAI-2K descriptor; did you mean: %2$s? (`carejourney sledai "
                + "--help` lists all 24)", name, close.joined(separator: ", ")))
      }
      guard ids.insert(descriptor.id).inserted else {
        throw Error(
          message: tr(
            "%s is given twice: each SLEDAI-2K descriptor counts once", descriptor.id))
      }
    }
    return score(marked: descriptors.map { ids.contains($0.id) })
  }

  /// Scores a form: one flag per descriptor, in the order of ``descriptors`` (missing flags
  /// count as absent).
  public static func score(marked: [Bool]) -> Score {
    let present = zip(descriptors, marked + Array(repeating: false, count: descriptors.count))
      .filter(\.1).map(\.0)
    return Score(
      present: present.map(\.id), total: present.reduce(0) { $0 + $1.weight },
      clinical: present.filter { !$0.isSerology }.reduce(0) { $0 + $1.weight })
  }

  static func fold(_ name: String) -> String {
    String(
      name.lowercased().trimmingCharacters(in: .whitespaces).map {
        $0 == " " || $0 == "_" ? "-" : $0
      })
  }
}
