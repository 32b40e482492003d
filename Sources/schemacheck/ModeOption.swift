import ArgumentParser
import Workspace

/// `--mode`: a Confluent compatibility mode, or one of Buf's categories for Protobuf subjects.
extension GateMode: ExpressibleByArgument {
  public init?(argument: String) {
    self.init(name: argument)
  }

  public static var allValueStrings: [String] { allNames }
}
