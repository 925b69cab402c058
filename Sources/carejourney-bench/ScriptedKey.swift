import Foundation

/// One key typed on the screens, the bytes a terminal sends for it (xterm, keypad mode), and
/// the screen whose frame it leads to.
struct ScriptedKey {
  var bytes: [UInt8]
  var screen: String

  static func text(_ text: String, on screen: String) -> [ScriptedKey] {
    text.map { ScriptedKey(bytes: Array(String($0).utf8), screen: screen) }
  }

  static func key(_ sequence: String, on screen: String, times: Int = 1) -> [ScriptedKey] {
    Array(repeating: ScriptedKey(bytes: Array(sequence.utf8), screen: screen), count: times)
  }

  static let up = "\u{1b}OA"
  static let down = "\u{1b}OB"
  static let pageUp = "\u{1b}[5~"
  static let pageDown = "\u{1b}[6~"
  static let home = "\u{1b}OH"
  static let end = "\u{1b}OF"
  static let enter = "\r"
  static let backspace = "\u{7f}"

  /// A patient's session on every screen: logging on Today (three saves, each written and
  /// synced), scrolling the Timeline to its oldest day and back, filters, a search and a jump,
  /// the Milestones list, the Trends periods, the Help pages. Escape is not used: ncurses
  /// waits for the rest of an escape sequence after it, which is not the app's time.
  static let session: [ScriptedKey] = {
    var keys: [ScriptedKey] = []
    let today = "Today"
    keys += text("t37.2", on: today) + key(enter, on: today)
    keys += text("s", on: today) + key(down, on: today, times: 2) + key(up, on: today)
    keys += text("2", on: today) + key(enter, on: today)
    keys += text("nslept well", on: today) + key(enter, on: today)
    let timeline = "Timeline"
    keys +=
      text("2", on: timeline) + key(down, on: timeline, times: 10) + key(up, on: timeline, times: 5)
    keys += key(pageDown, on: timeline, times: 5) + key(pageUp, on: timeline, times: 2)
    keys += key(end, on: timeline) + key(up, on: timeline, times: 3) + key(home, on: timeline)
    keys += text("oo", on: timeline) + text("fffff", on: timeline)
    keys += text("/fever", on: timeline) + key(enter, on: timeline)
    keys +=
      text("/", on: timeline) + key(backspace, on: timeline, times: 5) + key(enter, on: timeline)
    keys += text("g+100", on: timeline) + key(enter, on: timeline)
    let milestones = "Milestones"
    keys +=
      text("3", on: milestones) + key(down, on: milestones, times: 5)
      + key(up, on: milestones, times: 3)
    keys += key(pageDown, on: milestones) + key(home, on: milestones) + key(end, on: milestones)
    let trends = "Trends"
    keys += text("4llhhl", on: trends)
    let help = "Help"
    keys += text("?", on: help) + key(pageDown, on: help, times: 3) + key(pageUp, on: help)
    keys += text("?", on: trends)
    return keys
  }()

  static let screens = ["Today", "Timeline", "Milestones", "Trends", "Help"]

  /// Typed as soon as the first frame is drawn, while the older days are still being read:
  /// to the Timeline, down and up its rows, back to Today.
  static let whileReading: [ScriptedKey] =
    text("2", on: "Timeline") + key(down, on: "Timeline", times: 6)
    + key(up, on: "Timeline", times: 2) + text("1", on: "Today")
}
