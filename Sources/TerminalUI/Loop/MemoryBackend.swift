import JourneyCore

/// A terminal in memory: scripted keys in, frames out. For tests, and the only backend that
/// ships besides ncurses.
public final class MemoryBackend: TerminalBackend {
  public var size: Size
  public var keys: [Key]
  public private(set) var frames: [CellBuffer] = []
  public var lastFrame: CellBuffer? { frames.last }
  public var closed = false

  public init(size: Size, keys: [Key] = []) {
    self.size = size
    self.keys = keys
  }

  public func draw(_ buffer: CellBuffer, theme: Theme) {
    frames.append(buffer)
  }

  public func readKey(timeoutMilliseconds: Int) -> Key? {
    keys.isEmpty ? nil : keys.removeFirst()
  }

  /// Types a string as character keys.
  public static func typing(_ text: String) -> [Key] {
    text.map { Key.character($0) }
  }
}
