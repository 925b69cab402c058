import JourneyCore

/// The SLEDAI-2K form on the Milestones screen: the 24 descriptors with their weights, then
/// what DORIS 2021 and drug-free remission need (physician global, prednisolone, the
/// medicines being taken). Enter saves the same assessment entry as `carejourney sledai
/// --record`.
public struct SledaiForm: Equatable, Sendable {
  /// A medicine from the medication list, marked when it counts against drug-free remission.
  public struct Medicine: Equatable, Sendable {
    public var name: String
    public var dose: String?
    /// An immunosuppressant, antimalarial or biologic.
    public var counts: Bool
  }

  /// One row of the form, in order.
  public enum Row: Equatable, Sendable {
    case descriptor(Int)
    case physicianGlobal
    case prednisolone
    case medicine(Int)
  }

  /// One flag per descriptor, in the order of ``SLEDAI2K/descriptors``.
  public var present: [Bool]
  /// The physician global assessment as typed, 0–3.
  public var physicianGlobal = ""
  /// The prednisolone mg/day as typed; filled in from the medication list when it says.
  public var prednisolone: String
  /// Where the prednisolone figure came from, shown beside it.
  public var prednisoloneSource: String
  /// The prednisolone figure the medication list gave, to tell it from one the nurse typed.
  var listedPrednisolone: String
  /// The medicines being taken today other than prednisone and prednisolone.
  public var medicines: [Medicine]
  public var focus = 0

  /// The longest number typed into a field.
  static let fieldLength = 6

  /// A blank form for `today`: no descriptor marked, the prednisolone-equivalent dose and the
  /// medicines from the medication list. Every other medicine starts marked as counting against
  /// drug-free remission, so that it is never assumed: the nurse unmarks what is not an
  /// immunosuppressant or biologic (an antiviral, say). An antimalarial starts unmarked when the
  /// protocol's drug-free remission allows it.
  public init(today: LocalDate, entries: [Entry], settings: RemissionSettings) {
    present = Array(repeating: false, count: SLEDAI2K.descriptors.count)
    let dose = MedicationList.prednisolone(on: today, entries: entries, settings: settings)
    prednisolone = dose.mg.map(LabDefinition.format) ?? ""
    listedPrednisolone = prednisolone
    prednisoloneSource = dose.source
    medicines = MedicationList.taking(on: today, entries: entries)
      .filter { !settings.isSystemicGlucocorticoid($0.name, dose: $0.dose) }
      .map {
        let allowed = settings.drugFreeAllowsAntimalarials && settings.isAntimalarial($0.name)
        return Medicine(name: $0.name, dose: $0.dose, counts: !allowed)
      }
  }

  /// The medication list read again (the older days arrived, or another terminal changed it):
  /// the prednisolone dose and the medicines follow `fresh`, keeping a dose the nurse typed and
  /// each medicine she marked or unmarked.
  mutating func follow(_ fresh: SledaiForm) {
    if prednisolone == listedPrednisolone {
      prednisolone = fresh.prednisolone
      prednisoloneSource = fresh.prednisoloneSource
    }
    listedPrednisolone = fresh.listedPrednisolone
    let marked = Dictionary(
      medicines.map { ($0.name, $0.counts) }, uniquingKeysWith: { first, _ in first })
    medicines = fresh.medicines.map { medicine in
      var medicine = medicine
      medicine.counts = marked[medicine.name] ?? medicine.counts
      return medicine
    }
    focus = min(focus, rows.count - 1)
  }

  public var rows: [Row] {
    SLEDAI2K.descriptors.indices.map(Row.descriptor) + [.physicianGlobal, .prednisolone]
      + medicines.indices.map(Row.medicine)
  }

  /// The descriptors marked, scored.
  public var score: SLEDAI2K.Score { SLEDAI2K.score(marked: present) }

  /// The remission inputs as they stand; a field that is not a number counts as not recorded.
  public var assessment: Remission.Assessment {
    Remission.Assessment(
      clinicalSLEDAI: score.clinical, physicianGlobal: SledaiForm.number(physicianGlobal),
      prednisoloneMg: SledaiForm.number(prednisolone),
      immunosuppressants: medicines.filter(\.counts).map(\.name))
  }

  /// Whether the focus is on a number field (the physician global, the prednisolone dose).
  var focusIsNumber: Bool {
    switch rows[focus] {
    case .physicianGlobal, .prednisolone: true
    case .descriptor, .medicine: false
    }
  }

  /// Moves the focus, kept on the form.
  mutating func move(by step: Int) {
    focus = max(0, min(rows.count - 1, focus + step))
  }

  /// Space on a descriptor or a medicine: marks or unmarks it.
  mutating func toggle() {
    switch rows[focus] {
    case .descriptor(let index): present[index].toggle()
    case .medicine(let index): medicines[index].counts.toggle()
    case .physicianGlobal, .prednisolone: break
    }
  }

  /// A digit, `.` or `,` typed into the focused number field; false where there is none.
  mutating func type(_ character: Character) -> Bool {
    guard character.isASCII, character.isNumber || character == "." || character == "," else {
      return false
    }
    let typed = character == "," ? "." : character
    switch rows[focus] {
    case .physicianGlobal where physicianGlobal.count < SledaiForm.fieldLength:
      physicianGlobal.append(typed)
    case .prednisolone where prednisolone.count < SledaiForm.fieldLength:
      prednisolone.append(typed)
    default: return false
    }
    return true
  }

  /// Backspace in the focused number field.
  mutating func deleteLast() {
    switch rows[focus] {
    case .physicianGlobal: _ = physicianGlobal.popLast()
    case .prednisolone: _ = prednisolone.popLast()
    default: break
    }
  }

  /// The entry to save, or why not (with the row to go back to). An empty field is saved as
  /// not recorded, as the command saves an option not given.
  func entry() throws(FormError) -> Entry.Body {
    let pga = try SledaiForm.value(
      physicianGlobal, in: Remission.physicianGlobalRange, row: .physicianGlobal,
      refused: tr("Physician global %s is not 0 to 3; type it like 0.2.", physicianGlobal))
    let mg = try SledaiForm.value(
      prednisolone, in: Remission.plausiblePrednisoloneMg, row: .prednisolone,
      refused: tr(
        "Prednisolone %s is not a dose in mg/day (0–1000); check it.", prednisolone))
    return .assessment(
      sledai: score.present, physicianGlobal: pga, prednisoloneMg: mg,
      immunosuppressants: medicines.filter(\.counts).map(\.name))
  }

  /// A number field's value: nil when empty, refused when not a number in `range`.
  static func value(
    _ text: String, in range: ClosedRange<Double>, row: Row, refused: String
  ) throws(FormError) -> Double? {
    guard !text.isEmpty else { return nil }
    guard let value = number(text), range.contains(value) else {
      throw FormError(row: row, message: refused)
    }
    return value
  }

  /// Why the form was not saved, and the row to fix.
  struct FormError: Error, Equatable {
    var row: Row
    var message: String
  }

  static func number(_ text: String) -> Double? {
    guard !text.isEmpty, text != ".", text.filter({ $0 == "." }).count <= 1 else { return nil }
    return Double(text)
  }
}
