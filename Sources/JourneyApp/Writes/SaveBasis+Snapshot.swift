import JourneyCore
import JourneyStore

extension SaveBasis {
  /// A basis of everything read: the whole journey and all its entries.
  public init(_ snapshot: JourneySnapshot, care: CareProtocol) {
    self.init(
      journey: snapshot.journey, care: care, entries: snapshot.entries,
      problems: snapshot.problems, complete: true)
  }
}
