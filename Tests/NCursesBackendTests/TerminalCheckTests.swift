import Testing

@testable import NCursesBackend

/// Terminals that cannot draw screens are refused before ncurses sees them.
@Suite struct TerminalCheckTests {
  @Test(arguments: [
    ([:], TerminalError.Code.terminalTypeMissing),
    (["TERM": ""], .terminalTypeMissing),
    (["TERM": "  "], .terminalTypeMissing),
    (["TERM": "dumb"], .dumbTerminal),
    (["TERM": "DUMB"], .dumbTerminal),
  ])
  func refusesTerminalsThatCannotDraw(environment: [String: String], code: TerminalError.Code) {
    #expect {
      _ = try TerminalCheck.terminalName(in: environment)
    } throws: { error in
      guard let error = error as? TerminalError else { return false }
      return error.code == code && error.message.contains("carejourney status")
    }
  }

  @Test func dumbSaysWhatToUseInstead() {
    #expect(
      TerminalError.dumbTerminal.message
        == "TERM=dumb cannot draw screens; use a terminal such as xterm-256color, "
        + "or use the command line: carejourney status")
  }

  @Test(arguments: [
    ("xterm-256color", "xterm-256color"), ("vt100", "vt100"), (" screen ", "screen"),
    ("no-such-terminal", "no-such-terminal"),
  ])
  func passesOtherNamesToNewterm(name: String, expected: String) throws {
    #expect(try TerminalCheck.terminalName(in: ["TERM": name, "LANG": "C"]) == expected)
  }

  @Test func unknownTerminalNamesTheTerminal() {
    let error = TerminalError.unknownTerminal("vt999")
    #expect(error.code == .unknownTerminal)
    #expect(error.message.hasPrefix("TERM=vt999 is not known"))
    #expect("\(error)" == error.message)
  }
}
