import Foundation

extension LineCodec {
  /// One line's JSON object found inside a larger JSON document (the whole-journey backup that
  /// `carejourney export json` writes and `carejourney import` reads).
  ///
  /// It is read with the same fields and the same checks as a line of a data file, so a backup
  /// can hold nothing a data file could not, and a reason names what is wrong in the object's
  /// own terms (`missing field id`), not the document's.
  public struct Embedded: Decodable {
    let record: Result<Record, DecodingError>

    /// Never fails: what cannot be read is kept as a reason, given by ``event()`` or ``entry()``,
    /// so one bad object is reported with its place in the document.
    public init(from decoder: any Decoder) {
      let depth = decoder.codingPath.count
      do {
        record = .success(try Record(from: decoder))
      } catch let error as Swift.DecodingError {
        let value = LineCodec.refusedValue(error, in: decoder, below: depth)
        record = .failure(DecodingError { Embedded.describe(error, below: depth, value: value) })
      } catch {
        record = .failure(DecodingError { tr("not a JSON object") })
      }
    }

    /// An object read already (the quick way: ``LineCodec/quickDocument(_:)``).
    init(record: Result<Record, DecodingError>) {
      self.record = record
    }

    /// The journey event it holds, checked as ``LineCodec/decodeEvent(_:)`` checks a line (from
    /// the record read, without writing it out as a line and reading it again).
    public func event() throws(DecodingError) -> JourneyEvent {
      try LineCodec.event(from: record.get())
    }

    /// The day entry it holds, checked as ``LineCodec/decodeEntry(_:)`` checks a line.
    public func entry() throws(DecodingError) -> Entry {
      try LineCodec.entry(from: record.get())
    }

    /// ``LineCodec/describe(_:)`` with the field path counted from the object, not the document.
    static func describe(
      _ error: Swift.DecodingError, below depth: Int, value: FieldValue? = nil
    ) -> String {
      func inside(_ context: Swift.DecodingError.Context) -> Swift.DecodingError.Context {
        .init(
          codingPath: Array(context.codingPath.dropFirst(depth)),
          debugDescription: context.debugDescription, underlyingError: context.underlyingError)
      }
      let local: Swift.DecodingError
      switch error {
      case .dataCorrupted(let context): local = .dataCorrupted(inside(context))
      case .keyNotFound(let key, let context): local = .keyNotFound(key, inside(context))
      case .typeMismatch(let type, let context):
        // The object itself is of the wrong type: a number or a list where an object belongs.
        if context.codingPath.count <= depth { return tr("not a JSON object") }
        local = .typeMismatch(type, inside(context))
      case .valueNotFound(let type, let context):
        if context.codingPath.count <= depth { return tr("not a JSON object") }
        local = .valueNotFound(type, inside(context))
      @unknown default: local = error
      }
      return LineCodec.describe(local, value: value)
    }
  }
}
