/// Runs independent work on the cooperative pool and keeps the input order.
enum Parallel {
  static func map<Input: Sendable, Output: Sendable>(
    _ inputs: [Input], _ transform: @escaping @Sendable (Input) -> Output
  ) async -> [Output] {
    await withTaskGroup(of: (Int, Output).self) { group in
      for (index, input) in inputs.enumerated() {
        group.addTask { (index, transform(input)) }
      }
      var outputs: [(Int, Output)] = []
      for await pair in group { outputs.append(pair) }
      return outputs.sorted { $0.0 < $1.0 }.map(\.1)
    }
  }
}
