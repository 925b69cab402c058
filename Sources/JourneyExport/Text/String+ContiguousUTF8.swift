extension String {
  /// The UTF-8 bytes of the string, as `withUTF8` gives them, without copying the string
  /// first (which that mutating method needs): the exports write every cell and value of ten
  /// years through here.
  func withContiguousUTF8<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
    if let result = try utf8.withContiguousStorageIfAvailable(body) { return result }
    var text = self
    return try text.withUTF8(body)
  }
}
