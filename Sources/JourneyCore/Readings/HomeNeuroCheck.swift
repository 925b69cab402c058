/// The caregiver's short daily check at home in the acute weeks after CAR-T: a standard sentence
/// written (does it look as usual?), three objects named, the date said, counting back.
///
/// CAR-T patient sheets ask caregivers to watch for handwriting and word-finding changes in the
/// first weeks (clinical.md §8: neurological signs, urgent). This is what the caregiver saw,
/// as the caregiver judges it: it is not the nurse's ICE score, is never scored like one and
/// grades nothing. A change from the patient's first check raises the protocol's alert
/// (``RedFlagRule/Condition/homeNeuroCheck``).
public struct HomeNeuroCheck: Equatable, Sendable {
  /// The standard sentence as written: as usual, or changed (handwriting, spelling, words left
  /// out), compared with how the patient usually writes.
  public enum Writing: String, Codable, Sendable, CaseIterable {
    case usual
    case changed
  }

  /// An item done right or wrong.
  public enum Answer: String, Codable, Sendable, CaseIterable {
    case right
    case wrong
  }

  /// How many objects are shown to be named.
  public static let objects = 3

  public var writing: Writing
  /// The sentence as the caregiver typed it from the paper, when given.
  public var sentence: String?
  /// Objects named, 0–3.
  public var objectsNamed: Int
  /// Today's date said right.
  public var date: Answer
  /// Counting back from 100 by tens done right.
  public var countBack: Answer
  /// Anything else the caregiver noticed.
  public var note: String?

  public init(
    writing: Writing, sentence: String? = nil, objectsNamed: Int, date: Answer,
    countBack: Answer, note: String? = nil
  ) {
    self.writing = writing
    self.sentence = sentence
    self.objectsNamed = objectsNamed
    self.date = date
    self.countBack = countBack
    self.note = note
  }

  /// The range `objectsNamed` is in.
  public static let objectsRange = 0...objects

  /// The answers worse than at the patient's first check (`first`), in words: a changed
  /// sentence always (the caregiver compares it with the patient's usual writing, not with the
  /// first check); fewer objects, the date or counting back wrong only when the first check got
  /// them. Empty when nothing is worse, and for the first check itself unless its sentence
  /// looked changed.
  public func worse(than first: HomeNeuroCheck?) -> [String] {
    var worse: [String] = []
    if writing == .changed { worse.append(tr("the sentence looked changed")) }
    guard let first else { return worse }
    if objectsNamed < first.objectsNamed {
      worse.append(
        tr(
          "%1$s of %2$s objects named, was %3$s", String(objectsNamed),
          String(HomeNeuroCheck.objects), String(first.objectsNamed)))
    }
    if date == .wrong, first.date == .right { worse.append(tr("the date wrong, was right")) }
    if countBack == .wrong, first.countBack == .right {
      worse.append(tr("counting back wrong, was right"))
    }
    return worse
  }

  /// `sentence as usual, 3 of 3 objects named, date right, counting back right`.
  public var answersText: String {
    let sentence = writing == .usual ? tr("sentence as usual") : tr("sentence changed")
    let objects = tr(
      "%1$s of %2$s objects named", String(objectsNamed), String(HomeNeuroCheck.objects))
    let date = self.date == .right ? tr("date right") : tr("date wrong")
    let count = countBack == .right ? tr("counting back right") : tr("counting back wrong")
    return tr("%1$s, %2$s, %3$s, %4$s", sentence, objects, date, count, context: "neuro check")
  }
}

extension HomeNeuroCheck.Writing {
  /// `usual` or `changed`, as the report shows the answer.
  public var word: String {
    self == .usual ? tr("usual", context: "sentence") : tr("changed", context: "sentence")
  }
}

extension HomeNeuroCheck.Answer {
  /// `right` or `wrong`, as the screens and the report show the answer.
  public var word: String {
    self == .right ? tr("right", context: "answer") : tr("wrong", context: "answer")
  }
}
