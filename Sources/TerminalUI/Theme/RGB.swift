import Foundation

/// A colour as red, green and blue (0–255), for fitting a theme to fewer colours and for
/// measuring contrast.
struct RGB: Equatable, Sendable {
  var red: Int
  var green: Int
  var blue: Int

  static let black = RGB(red: 0, green: 0, blue: 0)
  static let white = RGB(red: 255, green: 255, blue: 255)

  /// Relative luminance as WCAG 2 defines it: 0 for black, 1 for white.
  var luminance: Double {
    func linear(_ channel: Int) -> Double {
      let value = Double(channel) / 255
      guard value > 0.04045 else { return value / 12.92 }
      return pow((value + 0.055) / 1.055, 2.4)
    }
    return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue)
  }

  /// WCAG contrast ratio, 1 (none) to 21 (black on white); 4.5 is the minimum for body text.
  func contrast(with other: RGB) -> Double {
    let (a, b) = (luminance, other.luminance)
    return (max(a, b) + 0.05) / (min(a, b) + 0.05)
  }

  /// Squared distance in RGB space: enough to pick the nearest of a few colours.
  func distance(to other: RGB) -> Int {
    let (r, g, b) = (red - other.red, green - other.green, blue - other.blue)
    return r * r + g * g + b * b
  }

  var isGrey: Bool { red == green && green == blue }
}
