import ArgumentParser
import Compat

extension CompatibilityMode: ExpressibleByArgument {
  public init?(argument: String) {
    self.init(name: argument)
  }

  public static var allValueStrings: [String] { allCases.map(\.rawValue) }
}
