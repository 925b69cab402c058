/// One row of the key map: the keys, what they do, where, and what must hold for them to act.
public struct KeyBinding: Equatable, Sendable {
  public var keys: [Key]
  /// Characters it takes besides `keys`: a range of digits, a number, or any text.
  public var characters: Characters?
  /// The keys as the help and the status line show them: `t`, `↑/k`, `0–4`.
  public var label: String
  /// What it does, in a few words; the status line shows the part before any colon.
  public var help: String
  public var command: KeyCommand
  /// Where it works; empty means on every screen (never inside a form, picker or prompt).
  public var contexts: [KeyContext]
  /// What must hold for it to act; when one does not, the key says why and does nothing.
  public var requires: [Requirement]
  /// Shown in the status line of its context.
  public var main: Bool

  /// Characters a binding takes as a class.
  public enum Characters: Equatable, Sendable {
    /// One digit of a range: `0`–`4`.
    case digits(ClosedRange<Character>)
    /// A digit or a decimal mark (`.` or `,`).
    case number
    /// Any character, and a paste.
    case text

    func matches(_ key: Key) -> Bool {
      switch (self, key) {
      case (.text, .character), (.text, .paste): true
      case (.digits(let range), .character(let c)): range.contains(c)
      case (.number, .character(let c)): c.isASCII && (c.isNumber || c == "." || c == ",")
      default: false
      }
    }
  }

  /// True when it writes to the journey (refused in a read-only window, with the reason).
  public var writes: Bool { requires.contains(.writable) }
  /// True when only a nurse may use it.
  public var nurseOnly: Bool { requires.contains(.nurse) }

  /// A binding on screens (`on` empty: every screen).
  init(
    _ keys: [Key], _ label: String, _ help: String, _ command: KeyCommand,
    on screens: [AppState.Screen] = [], writes: Bool = false, nurseOnly: Bool = false,
    requires: [Requirement] = [], main: Bool = false
  ) {
    self.init(
      keys, label, help, command, in: screens.map(KeyContext.screen),
      requires: (writes ? [.writable] : []) + (nurseOnly ? [.nurse] : []) + requires, main: main)
  }

  /// A binding in one form, picker or prompt.
  init(
    _ keys: [Key], _ label: String, _ help: String, _ command: KeyCommand, in context: KeyContext,
    characters: Characters? = nil, requires: [Requirement] = [], main: Bool = false
  ) {
    self.init(
      keys, label, help, command, in: [context], characters: characters, requires: requires,
      main: main)
  }

  init(
    _ keys: [Key], _ label: String, _ help: String, _ command: KeyCommand,
    in contexts: [KeyContext], characters: Characters? = nil, requires: [Requirement] = [],
    main: Bool = false
  ) {
    self.keys = keys
    self.characters = characters
    self.label = label
    self.help = help
    self.command = command
    self.contexts = contexts
    self.requires = requires
    self.main = main
  }

  /// Whether `key` is one of its keys or characters.
  public func matches(_ key: Key) -> Bool {
    keys.contains(key) || characters?.matches(key) == true
  }
}
