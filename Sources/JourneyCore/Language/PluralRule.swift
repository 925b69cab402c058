/// A gettext `Plural-Forms` expression (`nplurals=2; plural=(n != 1);`), read once and then
/// evaluated for each count: which of a message's plural forms a number takes.
///
/// The expression is the C subset gettext uses: `n`, whole numbers, parentheses, `!`, `* / %`,
/// `+ -`, comparisons, `&&`, `||` and `? :`. Enough for every language's rule (German and
/// Spanish `n != 1`, Chinese `0`).
public struct PluralRule: Equatable, Sendable {
  /// How many forms a message has in this language.
  public let count: Int
  let expression: Node

  /// English's rule: one form for 1, another for everything else.
  public static let english = PluralRule(count: 2, expression: .binary("!=", .n, .number(1)))

  indirect enum Node: Equatable, Sendable {
    case n
    case number(Int)
    case not(Node)
    case binary(String, Node, Node)
    case choice(Node, Node, Node)
  }

  init(count: Int, expression: Node) {
    self.count = count
    self.expression = expression
  }

  /// Reads a `Plural-Forms` header value; nil when it is not one this reader understands.
  public init?(header: String) {
    var count: Int?
    var plural: String?
    for part in header.split(separator: ";") {
      let pair = part.split(separator: "=", maxSplits: 1).map {
        $0.trimmingCharacters(in: .whitespaces)
      }
      guard pair.count == 2 else { continue }
      if pair[0] == "nplurals" { count = Int(pair[1]) }
      if pair[0] == "plural" { plural = pair[1] }
    }
    guard let count, count >= 1, let plural else { return nil }
    var parser = Parser(text: plural)
    guard let node = parser.parse() else { return nil }
    self.init(count: count, expression: node)
  }

  /// The form index for `n`: between 0 and ``count`` − 1.
  public func index(for n: Int) -> Int {
    min(max(PluralRule.evaluate(expression, n), 0), count - 1)
  }

  static func evaluate(_ node: Node, _ n: Int) -> Int {
    switch node {
    case .n: return n
    case .number(let value): return value
    case .not(let inner): return evaluate(inner, n) == 0 ? 1 : 0
    case .choice(let test, let yes, let no):
      return evaluate(test, n) != 0 ? evaluate(yes, n) : evaluate(no, n)
    case .binary(let op, let left, let right):
      let a = evaluate(left, n)
      let b = evaluate(right, n)
      switch op {
      case "*": return a &* b
      case "/": return b == 0 ? 0 : a / b
      case "%": return b == 0 ? 0 : a % b
      case "+": return a &+ b
      case "-": return a &- b
      case "<": return a < b ? 1 : 0
      case ">": return a > b ? 1 : 0
      case "<=": return a <= b ? 1 : 0
      case ">=": return a >= b ? 1 : 0
      case "==": return a == b ? 1 : 0
      case "!=": return a != b ? 1 : 0
      case "&&": return a != 0 && b != 0 ? 1 : 0
      default: return a != 0 || b != 0 ? 1 : 0
      }
    }
  }

  /// Precedence climbing over the C operators gettext allows.
  struct Parser {
    var tokens: [String]
    var position = 0

    static let levels: [[String]] = [
      ["||"], ["&&"], ["==", "!="], ["<", ">", "<=", ">="], ["+", "-"], ["*", "/", "%"],
    ]

    init(text: String) {
      var tokens: [String] = []
      var chars = Array(text)[...]
      while let c = chars.first {
        if c.isWhitespace {
          chars.removeFirst()
        } else if c.isNumber {
          let digits = chars.prefix(while: \.isNumber)
          tokens.append(String(digits))
          chars.removeFirst(digits.count)
        } else {
          let two = String(chars.prefix(2))
          if ["||", "&&", "==", "!=", "<=", ">="].contains(two) {
            tokens.append(two)
            chars.removeFirst(2)
          } else {
            tokens.append(String(c))
            chars.removeFirst()
          }
        }
      }
      self.tokens = tokens
    }

    mutating func parse() -> Node? {
      guard let node = choice(), position == tokens.count else { return nil }
      return node
    }

    mutating func take(_ token: String) -> Bool {
      guard position < tokens.count, tokens[position] == token else { return false }
      position += 1
      return true
    }

    mutating func choice() -> Node? {
      guard let test = binary(0) else { return nil }
      guard take("?") else { return test }
      guard let yes = choice(), take(":"), let no = choice() else { return nil }
      return .choice(test, yes, no)
    }

    mutating func binary(_ level: Int) -> Node? {
      guard level < Parser.levels.count else { return unary() }
      guard var left = binary(level + 1) else { return nil }
      while position < tokens.count, Parser.levels[level].contains(tokens[position]) {
        let op = tokens[position]
        position += 1
        guard let right = binary(level + 1) else { return nil }
        left = .binary(op, left, right)
      }
      return left
    }

    mutating func unary() -> Node? {
      if take("!") { return unary().map { .not($0) } }
      if take("(") {
        guard let inner = choice(), take(")") else { return nil }
        return inner
      }
      guard position < tokens.count else { return nil }
      let token = tokens[position]
      position += 1
      if token == "n" { return .n }
      return Int(token).map { .number($0) }
    }
  }
}
