import Testing

@testable import JourneyCore

@Suite struct ChartScaleTests {
  @Test(arguments: [
    (38.0, 38.0, 0.5, 0), (37.0, 38.0, 0.5, -2), (38.5, 38.0, 0.5, 1), (38.49, 38.0, 0.5, 0),
    (37.99, 38.0, 0.5, -1),
    (38.3, 38.0, 0.1, 3), (100.4, 100.4, 1, 0),
  ])
  func rowsHoldTheirValueUpToTheNext(value: Double, threshold: Double, step: Double, offset: Int) {
    #expect(ChartScale.offset(of: value, from: threshold, step: step) == offset)
  }

  @Test func axisLabelsHaveOneDecimal() {
    #expect(ChartScale.label(38) == "38.0")
    #expect(ChartScale.label(100.4) == "100.4")
    #expect(ChartScale.label(-0.5) == "-0.5")
    #expect(ChartScale.label(36.95) == "37.0")
  }

  @Test(arguments: [(1, 1), (4, 5), (6, 7), (8, 10), (11, 14), (16, 30), (91, 91)])
  func dayTicksFallOnRoundSteps(needed: Int, step: Int) {
    #expect(ChartScale.dayStep(atLeast: needed) == step)
  }
}
