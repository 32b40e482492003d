// swift-tools-version: 6.1
import PackageDescription

/// One libFuzzer executable per target; see README.md. Built only with
/// `swift build -c debug --sanitize=fuzzer --sanitize=address` (run.sh does it), never by the
/// main package's `swift test`.
let fuzzTargets = [
  "FuzzJSONReader",
  "FuzzYAMLReader",
  "FuzzAvroParser",
  "FuzzProtoParser",
  "FuzzJSONSchemaCompiler",
  "FuzzJSONSchemaValidation",
  "FuzzAvroBinary",
  "FuzzProtoBinary",
  "FuzzAvroCompatibility",
]

let package = Package(
  name: "FuzzTesting",
  platforms: [.macOS(.v14)],
  products: fuzzTargets.map { .executable(name: $0, targets: [$0]) },
  dependencies: [
    .package(name: "schemacheck", path: "..")
  ],
  targets: [
    .target(name: "FuzzSupport")
  ]
    + fuzzTargets.map {
      .executableTarget(
        name: $0,
        dependencies: ["FuzzSupport", .product(name: "SchemacheckCore", package: "schemacheck")])
    },
  swiftLanguageModes: [.v6]
)
