extension Entry.Body {
  /// Why these values could not have been typed (outside a plausible range, a text over its
  /// limit), or nil when they could: the check every line read back meets, made before one is
  /// written, whoever writes it.
  public var implausibility: String? { LineCodec.implausibility(of: self)?.reason }
}
