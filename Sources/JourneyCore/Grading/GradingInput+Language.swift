// What the grading form shows for each finding, in ``Language/current``; in English the words
// the files and `carejourney grade` use (`low-flow`).

extension GradingInput.Hypotension {
  /// The value as the grading form shows it.
  public var title: String {
    switch self {
    case .none: tr("none", context: "grading value")
    case .fluids: tr("fluids", context: "grading value")
    case .vasopressor: tr("vasopressor", context: "grading value")
    case .vasopressors: tr("vasopressors", context: "grading value")
    }
  }
}

extension GradingInput.Oxygen {
  /// The value as the grading form shows it.
  public var title: String {
    switch self {
    case .none: tr("none", context: "grading value")
    case .lowFlow: tr("low-flow", context: "grading value")
    case .highFlow: tr("high-flow", context: "grading value")
    case .positivePressure: tr("positive-pressure", context: "grading value")
    }
  }
}

extension GradingInput.Consciousness {
  /// The value as the grading form shows it.
  public var title: String {
    switch self {
    case .alert: tr("alert", context: "grading value")
    case .drowsy: tr("drowsy", context: "grading value")
    case .voice: tr("voice", context: "grading value")
    case .touch: tr("touch", context: "grading value")
    case .unarousable: tr("unarousable", context: "grading value")
    }
  }
}

extension GradingInput.Seizure {
  /// The value as the grading form shows it.
  public var title: String {
    switch self {
    case .none: tr("none", context: "grading value")
    case .brief: tr("brief", context: "grading value")
    case .eeg: tr("eeg", context: "grading value")
    case .prolonged: tr("prolonged", context: "grading value")
    }
  }
}

extension GradingInput.Motor {
  /// The value as the grading form shows it.
  public var title: String {
    switch self {
    case .none: tr("none", context: "grading value")
    case .weakness: tr("weakness", context: "grading value")
    }
  }
}

extension GradingInput.Edema {
  /// The value as the grading form shows it.
  public var title: String {
    switch self {
    case .none: tr("none", context: "grading value")
    case .focal: tr("focal", context: "grading value")
    case .diffuse: tr("diffuse", context: "grading value")
    }
  }
}
